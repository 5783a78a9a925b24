import { counted } from "@/lib/plural";
import Link from "next/link";
import { fieldLabel } from "@/lib/assessment/fields";
import type { Assessment } from "@/lib/assessment/schema";
import type { UnitChoices } from "@/lib/form";
import { thresholdsInChosenUnits } from "@/lib/form/published-thresholds";
import { encephalopathyTotals, fieldHref } from "@/lib/result/criteria";
import { statusOf } from "@/lib/result/status";
import { INSTRUMENTS, instrumentOf, type InstrumentResult } from "@/lib/scores";
import { decidingAnswer, verdict } from "@/lib/screen/wording";
import { ConditionalReading } from "./conditional-reading";
import { CitationDialog } from "./citation-dialog";
import { CriteriaWithValues } from "./criteria-values";
import { GradeBar, HScoreScale } from "./pictures";
import { StatusTag } from "./status";
import styles from "./result.module.css";

/** The value as a number, or the range unknown data leave open. */
export function valueText(r: InstrumentResult): string {
  return r.value !== null ? String(r.value) : `${r.min}–${r.max}`;
}

/** The instrument's picture, where its module names one (the HScore's scale, an ASTCT grade bar). */
function Picture({ result }: { readonly result: InstrumentResult }) {
  const { picture, shortName } = instrumentOf(result.id);
  if (picture === "hscore-scale") return <HScoreScale result={result} />;
  if (picture === "grade-bar") return <GradeBar result={result} label={`${shortName} grade`} />;
  return null;
}

/**
 * One instrument: value or range, threshold and verdict (with a picture for the HScore and the
 * ASTCT grades), applicability, what would complete it, then the criteria with the values entered
 * (in a disclosure, so the page stays short) and the citation.
 */
export function InstrumentCard({ result, assessment, units = {} }: { readonly result: InstrumentResult; readonly assessment: Assessment; readonly units?: UnitChoices }) {
  const d = INSTRUMENTS[result.id];
  const deciding = decidingAnswer(assessment, result);
  const restated = thresholdsInChosenUnits(result.id, units);
  const headingId = `instrument-${result.id}`;
  const counts = { met: 0, "not-met": 0, unknown: 0 };
  for (const c of result.criteria) counts[statusOf(c.met)] += 1;
  return (
    <section className={styles.card} aria-labelledby={headingId} id={`card-${result.id}`}>
      <h3 id={headingId} className={styles.cardTitle}>
        {d.name}
      </h3>
      <p className={styles.valueLine}>
        <span className={`${styles.figure} figure`}>{valueText(result)}</span>{" "}
        <span>
          {result.value === null ? "(range: unknown data)" : ""} threshold {d.threshold}.
        </span>{" "}
        <StatusTag status={statusOf(result.meetsThreshold)}>{verdict(result)}</StatusTag>
        {result.applicable ? null : (
          <>
            {" "}
            <StatusTag status="not-applicable" />
          </>
        )}
      </p>
      {deciding !== null ? <ConditionalReading deciding={deciding} className={styles.note} /> : null}
      <Picture result={result} />
      {result.id === "astct-icans" ? <p className={styles.note}>{encephalopathyTotals(assessment)}</p> : null}
      {result.applicable ? null : (
        <p className={`${styles.note} not-applicable`}>
          Does not apply here: {result.applicability}
        </p>
      )}
      {result.notes.map((n) => (
        <p key={n} className={styles.note}>
          {n}
        </p>
      ))}
      {result.missing.length > 0 ? <WouldComplete missing={result.missing} /> : null}
      <details className={styles.disclosure}>
        <summary>
          Criteria and values{" "}
          <span className={styles.summaryCounts}>({countsInWords(counts)})</span>
        </summary>
        {result.applicable ? <p className={styles.note}>Applies: {result.applicability}</p> : null}
        <CriteriaWithValues result={result} assessment={assessment} units={units} />
        {restated.length > 0 ? <p className="small">Published thresholds in the units you chose: {restated.join("; ")}.</p> : null}
      </details>
      <CitationDialog instrument={result.id} />
    </section>
  );
}

/** "2 met, 1 unknown": the criteria's counts, a zero left out (the summary stays on one line on a phone). */
function countsInWords(counts: Readonly<Record<"met" | "not-met" | "unknown", number>>): string {
  const words = { met: "met", "not-met": "not met", unknown: "unknown" } as const;
  return (Object.keys(words) as (keyof typeof words)[])
    .filter((k) => counts[k] > 0)
    .map((k) => `${counts[k]} ${words[k]}`)
    .join(", ");
}

/** A short list of missing fields is shown; a long one (an empty lab panel) is one line that opens, so the page stays short (issue 17). */
const MISSING_SHOWN_OPEN = 4;

function WouldComplete({ missing }: { readonly missing: readonly string[] }) {
  const links = missing.map((p, i) => (
    <span key={p}>
      {i > 0 ? ", " : ""}
      <Link href={fieldHref(p)}>{fieldLabel(p)}</Link>
    </span>
  ));
  if (missing.length <= MISSING_SHOWN_OPEN) return <p className={styles.missing}>Would complete it: {links}.</p>;
  return (
    <details className={styles.missing}>
      <summary>Would complete it: {counted(missing.length, "field")} not entered</summary>
      <p>{links}.</p>
    </details>
  );
}
