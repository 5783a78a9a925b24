import { INSTRUMENT_DEFINITIONS, criterionLabel } from "@/lib/scores/definitions";
import type { InstrumentResult } from "@/lib/scores/types";

const STATUS = { true: "Met", false: "Not met", null: "Unknown" } as const;

/** An instrument's criteria as published, each met / not met / unknown, with its points (a range while open). */
export function CriteriaTable({ result, className }: { readonly result: InstrumentResult; readonly className?: string }) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{INSTRUMENT_DEFINITIONS[result.id].shortName} criteria</caption>
      <thead>
        <tr>
          <th scope="col">Criterion (as published)</th>
          <th scope="col">Status</th>
          <th scope="col">Points</th>
        </tr>
      </thead>
      <tbody>
        {result.criteria.map((c) => (
          <tr key={c.id}>
            <td>{criterionLabel(result.id, c.id)}</td>
            <td>{STATUS[String(c.met) as keyof typeof STATUS]}</td>
            <td>{c.missing ? `${c.minPoints}–${c.maxPoints}` : c.points}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
