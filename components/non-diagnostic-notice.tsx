import { DISCLAIMER } from "@/lib/disclaimer";

/** The plain-words notice shown wherever a screening result or therapy class can be seen. */
export function NonDiagnosticNotice() {
  return (
    <section className="notice" aria-labelledby="non-diagnostic-heading">
      <h2 id="non-diagnostic-heading">{DISCLAIMER.heading}</h2>
      <p>{DISCLAIMER.body}</p>
    </section>
  );
}
