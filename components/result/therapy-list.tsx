import { noTherapiesReason, type Screening } from "@/lib/screen";
import { EVIDENCE_TIER_MEANINGS, PATTERN_LABELS, THERAPY_DISCLAIMER, lineStatement, matchSummary, therapyClass, type TherapyClassId, type TherapyMatch } from "@/lib/therapies";
import { TIER_GROUP_TEXT, groupByTier, type TierGroup } from "@/lib/therapies/groups";
import styles from "./result.module.css";

/** Whether the case meets a line, in a few words before the line's statement. */
const MET_WORDS = { true: "Meets this indication", false: "Outside this indication", null: "Not settled by the data" } as const;

function TherapyItem({ match, group }: { readonly match: TherapyMatch; readonly group: TierGroup }) {
  const therapy = therapyClass(match.id as TherapyClassId);
  return (
    <li className={styles.therapy}>
      <details className={styles.therapyDetails}>
        <summary>
          <strong>{therapy.name}</strong> <span className={`${styles.chip} ${styles[`chip-${group.replace(/ /g, "-")}`]}`}>{TIER_GROUP_TEXT[group].chip}</span>
          <span className={styles.indication}>{matchSummary(match)}</span>
        </summary>
        <p className={styles.mechanism}>{therapy.mechanism}</p>
        <p>Examples: {therapy.examples.join(", ")}.</p>
        <ul>
          {match.lines.map((line) => {
            const evidence = therapy.evidence.find((e) => e.pattern === line.pattern && e.tier === line.tier && e.indication.words === line.indication);
            return (
              <li key={`${line.pattern}-${line.indication}`}>
                <strong>
                  {line.tier} ({EVIDENCE_TIER_MEANINGS[line.tier]}), {line.direction}
                </strong>{" "}
                — {PATTERN_LABELS[line.pattern]}. {MET_WORDS[`${line.met}`]}: {lineStatement(line)} {evidence?.summary}
              </li>
            );
          })}
        </ul>
        {therapy.notes.map((n) => (
          <p key={n} className="small">
            {n}
          </p>
        ))}
      </details>
    </li>
  );
}

/**
 * Groups that start closed: preclinical evidence, human studies that found no benefit or harm, and
 * classes whose indication this case does not meet (outside it, or not settled by the data). Each
 * heading says what is inside and how many, one tap away; what is open is the care this case's
 * indication calls for (the 6 000 px phone budget: e2e/result-layout.spec.ts).
 */
const COLLAPSED_GROUPS: readonly TierGroup[] = ["preclinical", "no benefit or harm", "indication open", "outside indication"];

/**
 * The therapy classes for the screening's patterns, grouped by the evidence this case sees: the tier
 * of a line whose indication the case meets (strongest first); classes outside every indication, or
 * whose indication the data leave open, come last under their own headings, never under a tier. Each
 * class names the indication beside its chip. The disclaimer comes first; COLLAPSED_GROUPS start
 * collapsed.
 */
export function TherapyList({ screening }: { readonly screening: Screening }) {
  const groups = groupByTier(screening.therapies);
  return (
    <section aria-labelledby="therapies-heading">
      <h2 id="therapies-heading">Therapy classes discussed for this pattern</h2>
      <p className="notice-inline">
        <strong>Education, not a treatment recommendation.</strong> {THERAPY_DISCLAIMER}
      </p>
      {screening.therapies.length === 0 ? (
        <p>None listed. {noTherapiesReason(screening.instruments)}</p>
      ) : (
        <>
          <p>
            Patterns: {screening.patterns.map((p) => PATTERN_LABELS[p]).join(", ")}. A tier counts only for an indication this case meets; others are said in words.
          </p>
          {groups.map(({ group, matches }) => {
            const list = (
              <ul className={styles.therapies}>
                {matches.map((m) => (
                  <TherapyItem key={m.id} match={m} group={group} />
                ))}
              </ul>
            );
            const heading = `${TIER_GROUP_TEXT[group].heading} (${matches.length})`;
            return COLLAPSED_GROUPS.includes(group) ? (
              <details key={group} className={styles.disclosure}>
                <summary className={styles.groupSummary}>{heading}</summary>
                {list}
              </details>
            ) : (
              <div key={group}>
                <h3 className={styles.groupHeading}>{heading}</h3>
                {list}
              </div>
            );
          })}
        </>
      )}
    </section>
  );
}
