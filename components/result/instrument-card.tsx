import Link from "next/link";
import { fieldLabel } from "@/lib/assessment/fields";
import { stepOfField, type UnitChoices } from "@/lib/form";
import { thresholdsInChosenUnits } from "@/lib/form/published-thresholds";
import { INSTRUMENT_DEFINITIONS } from "@/lib/scores/definitions";
import type { InstrumentResult } from "@/lib/scores/types";
import type { Assessment } from "@/lib/assessment/schema";
import { decidingAnswer, decidingAnswerSentence, verdict } from "@/lib/screen/wording";
import { CitationDialog } from "./citation-dialog";
import { CriteriaTable } from "./criteria-table";

/**
 * One instrument: value or range, threshold, applicability, criteria table, what would complete it, citation.
 * With the assessment, a result that one unknown answer decides says which answer gives which result.
 */
export function InstrumentCard({
  result,
  units = {},
  assessment,
}: {
  readonly result: InstrumentResult;
  readonly units?: UnitChoices;
  readonly assessment?: Assessment;
}) {
  const d = INSTRUMENT_DEFINITIONS[result.id];
  const deciding = assessment === undefined ? null : decidingAnswer(assessment, result);
  const restated = thresholdsInChosenUnits(result.id, units);
  const headingId = `instrument-${result.id}`;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{d.name}</h3>
      <p className="value">
        <span className="figure">{result.value !== null ? result.value : `${result.min}–${result.max}`}</span>{" "}
        <span>
          {result.value === null ? "(range: unknown data)" : ""} threshold {d.threshold}. <strong>{verdict(result)}.</strong>
        </span>
      </p>
      {deciding !== null ? <p className="deciding">{decidingAnswerSentence(deciding)}</p> : null}
      <p className={result.applicable ? "applicability" : "applicability not-applicable"}>
        {result.applicable ? "Applies: " : "Does not apply here: "}
        {result.applicability}
      </p>
      {result.notes.map((n) => (
        <p key={n} className="note">
          {n}
        </p>
      ))}
      <CriteriaTable result={result} />
      {restated.length > 0 ? <p className="small">Published thresholds in the units you chose: {restated.join("; ")}.</p> : null}
      {result.missing.length > 0 ? (
        <p className="missing">
          Would complete it:{" "}
          {result.missing.map((p, i) => (
            <span key={p}>
              {i > 0 ? ", " : ""}
              <Link href={`/assess/${stepOfField(p)}`}>{fieldLabel(p)}</Link>
            </span>
          ))}
          .
        </p>
      ) : null}
      <CitationDialog instrument={result.id} />
    </section>
  );
}
