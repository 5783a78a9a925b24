import type { ReactNode } from "react";
import { INSTRUMENTS, criterionWords, instrumentOf, type CriterionResult, type InstrumentId, type InstrumentResult, type Scale } from "@/lib/scores";

const STATUS = { true: "Met", false: "Not met", null: "Unknown" } as const;

/**
 * What a criterion contributes, in its instrument's own terms (its scale): an ASTCT domain gives a
 * grade (the most severe decides), HScore, ISTH DIC and qSOFA add points, HLH-2004, cHIS and
 * MAS-2016 count the criteria met. A grade is never called "Points".
 */
const CONTRIBUTION_HEADING = { grade: "Grade", points: "Points", count: "Counts" } as const satisfies Record<Scale["kind"], string>;

export function contributionHeading(id: InstrumentId): string {
  return CONTRIBUTION_HEADING[instrumentOf(id).scale.kind];
}

/** A settled contribution, or the range an open one can still take ("0–33"); an open criterion whose range is one value shows that value, never "0–0". */
export function contribution(c: CriterionResult): string {
  if (!c.missing) return String(c.points);
  return c.minPoints === c.maxPoints ? String(c.minPoints) : `${c.minPoints}–${c.maxPoints}`;
}

/**
 * An instrument's criteria as published, each met / not met / unknown, with what it contributes (a
 * range while open). `headRow`: a row above the column names, in the table's head (the printed
 * summary puts the instrument's name there, so it repeats after a page or column break);
 * `columnsClassName` classes the column names' row.
 */
export function CriteriaTable({
  result,
  className,
  headRow,
  columnsClassName,
}: {
  readonly result: InstrumentResult;
  readonly className?: string;
  readonly headRow?: ReactNode;
  readonly columnsClassName?: string;
}) {
  return (
    <table className={className}>
      <caption className="visually-hidden">{INSTRUMENTS[result.id].shortName} criteria</caption>
      <thead>
        {headRow}
        <tr className={columnsClassName}>
          <th scope="col">Criterion (as published)</th>
          <th scope="col">Status</th>
          <th scope="col">{contributionHeading(result.id)}</th>
        </tr>
      </thead>
      <tbody>
        {result.criteria.map((c) => (
          <tr key={c.id}>
            <td>{criterionWords(result.id, c.id)}</td>
            <td>{STATUS[String(c.met) as keyof typeof STATUS]}</td>
            <td>{contribution(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
