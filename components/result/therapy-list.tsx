import type { Screening } from "@/lib/screen";
import { EVIDENCE_TIER_MEANINGS, PATTERN_LABELS, THERAPY_DISCLAIMER, evidenceFor, therapyClass, type TherapyClassId } from "@/lib/therapies";
import { TIER_GROUP_TEXT, groupByTier, type TierGroup } from "@/lib/therapies/groups";
import type { TherapyClass } from "@/lib/therapies/types";
import styles from "./result.module.css";

function TherapyItem({ therapy, group, screening }: { readonly therapy: TherapyClass; readonly group: TierGroup; readonly screening: Screening }) {
  return (
    <li className={styles.therapy}>
      <details className={styles.therapyDetails}>
        <summary>
          <strong>{therapy.name}</strong> <span className={`${styles.chip} ${styles[`chip-${group.replace(/ /g, "-")}`]}`}>{TIER_GROUP_TEXT[group].chip}</span>
          <span className={styles.mechanism}>{therapy.mechanism}</span>
        </summary>
        <p>Examples: {therapy.examples.join(", ")}.</p>
        <ul>
          {evidenceFor(therapy, screening.patterns).map((e) => (
            <li key={`${e.pattern}-${e.summary}`}>
              <strong>
                {e.tier} ({EVIDENCE_TIER_MEANINGS[e.tier]}), {e.direction}
              </strong>{" "}
              — {PATTERN_LABELS[e.pattern]}: {e.summary}
            </li>
          ))}
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
 * The therapy classes for the screening's patterns, grouped by the evidence behind them (strongest
 * first), each with a tier chip, its mechanism in one line and the details in a disclosure. The
 * disclaimer comes first; preclinical classes (most of them from the seed) start collapsed.
 */
export function TherapyList({ screening }: { readonly screening: Screening }) {
  const therapies = screening.therapies.map((t) => therapyClass(t.id as TherapyClassId));
  const groups = groupByTier(therapies, screening.patterns);
  return (
    <section aria-labelledby="therapies-heading">
      <h2 id="therapies-heading">Therapy classes discussed for this pattern</h2>
      <p className="notice-inline">
        <strong>Education, not a treatment recommendation.</strong> {THERAPY_DISCLAIMER}
      </p>
      {screening.therapies.length === 0 ? (
        <p>No instrument meets its threshold, so no pattern is named and no therapy classes are listed.</p>
      ) : (
        <>
          <p>Patterns: {screening.patterns.map((p) => PATTERN_LABELS[p]).join(", ")}.</p>
          {groups.map(({ group, therapies: inGroup }) => {
            const list = (
              <ul className={styles.therapies}>
                {inGroup.map((t) => (
                  <TherapyItem key={t.id} therapy={t} group={group} screening={screening} />
                ))}
              </ul>
            );
            const heading = `${TIER_GROUP_TEXT[group].heading} (${inGroup.length})`;
            return group === "preclinical" ? (
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
