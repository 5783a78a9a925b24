import Link from "next/link";
import { fieldLabel } from "@/lib/assessment/fields";
import { stepOfField, type UnitChoices } from "@/lib/form";
import { thresholdsInChosenUnits } from "@/lib/form/published-thresholds";
import { INSTRUMENT_DEFINITIONS } from "@/lib/scores/definitions";
import type { InstrumentResult } from "@/lib/scores/types";
import { CitationDialog } from "./citation-dialog";
import { CriteriaTable } from "./criteria-table";

function verdict(r: InstrumentResult): string {
  if (r.meetsThreshold === true) return "Meets the published threshold";
  if (r.meetsThreshold === false) return "Below the published threshold";
  return "Not yet decided — missing data could still change it";
}

/** One instrument: value or range, threshold, applicability, criteria table, what would complete it, citation. */
export function InstrumentCard({ result, units = {} }: { readonly result: InstrumentResult; readonly units?: UnitChoices }) {
  const d = INSTRUMENT_DEFINITIONS[result.id];
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
