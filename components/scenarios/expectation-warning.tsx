/**
 * The expected results of an imported scenario that crs-screen does not reproduce from its answer
 * key (lib/scenarios/disagreements.ts), listed where the instructor imports it and on its
 * instructor view, so they are settled before a trainee is marked against them.
 */
export function ExpectationWarning({ disagreements, heading: Heading }: { readonly disagreements: readonly string[]; readonly heading: "h2" | "h3" }) {
  return (
    <div className="notice" role="note">
      <Heading>The file&apos;s expected results disagree with crs-screen</Heading>
      <p>
        Screening the file&apos;s answer key gives different results from those the file expects. Check the answer key and the hand calculation
        before a trainee is marked against them:
      </p>
      <ul>
        {disagreements.map((d) => (
          <li key={d}>{d}</li>
        ))}
      </ul>
    </div>
  );
}
