import { CriteriaTable, contributionHeading } from "@/components/result/criteria-table";
import { fieldLabel } from "@/lib/assessment/fields";
import { INSTRUMENTS } from "@/lib/scores";
import type { InstrumentResult } from "@/lib/scores/types";

const VERDICT = { true: "meets", false: "below", null: "undecided" } as const;

/** An instrument that does not apply never "meets" a threshold (as lib/screen/wording.ts `verdict`): it would meet it. */
export function printedVerdict(r: Pick<InstrumentResult, "meetsThreshold" | "applicable">): string {
  if (!r.applicable) return `${r.meetsThreshold === true ? "would meet" : VERDICT[String(r.meetsThreshold) as keyof typeof VERDICT]}; not applicable here`;
  return VERDICT[String(r.meetsThreshold) as keyof typeof VERDICT];
}

/**
 * An instrument's short name with its source ("cHIS (Webb 2020)"): the full title is in the
 * references, and a half-column heading on paper should take one line, not three.
 */
export function printedName(id: InstrumentResult["id"]): string {
  const d = INSTRUMENTS[id];
  const source = /\(([^()]*)\)$/.exec(d.name)?.[1];
  return source ? `${d.shortName} (${source})` : d.name;
}

/** "HScore (Fardet 2014): 299 (threshold ≥ 169 points; meets)": the name, the value (a range while open) and the verdict. */
function Title({ result }: { readonly result: InstrumentResult }) {
  return (
    <>
      {printedName(result.id)}: {result.value ?? `${result.min}–${result.max}`}{" "}
      <span className="small">
        (threshold {INSTRUMENTS[result.id].threshold}; {printedVerdict(result)})
      </span>
    </>
  );
}

/**
 * One instrument on the summary: its value and verdict, then its criteria as published. On paper
 * the name stands in the table's header row, so a table that runs onto the next column or page
 * repeats it there with the column names (Chromium repeats a thead after a page or column break);
 * on the screen it is a heading above the table. `brief`: printed as its value alone (its
 * criteria stay on the screen).
 */
export function SummaryInstrument({
  result,
  brief,
  extra,
}: {
  readonly result: InstrumentResult;
  readonly brief: boolean;
  /** A line of context printed after the criteria (the ICANS encephalopathy totals). */
  readonly extra?: string;
}) {
  return (
    <div className="summary-instrument">
      {/* On paper the table's header row carries the name, unless the table is left to the screen. */}
      <h3 className={brief ? undefined : "no-print"}>
        <Title result={result} />
      </h3>
      <CriteriaTable
        result={result}
        className={brief ? "criteria no-print" : "criteria"}
        columnsClassName="no-print"
        headRow={
          // Paper: one row, the name across the table and the column names at its right end.
          <tr className="print-head">
            <th colSpan={3} scope="colgroup">
              <span className="print-columns">
                <span>Status</span>
                <span>{contributionHeading(result.id)}</span>
              </span>
              <Title result={result} />
            </th>
          </tr>
        }
      />
      {extra ? <p className="small">{extra}</p> : null}
      {result.notes.map((n) => (
        <p key={n} className={brief ? "small no-print" : "small"}>
          {n}
        </p>
      ))}
      {/* On paper the fields still missing are named once, under "Not assessed", and each open criterion says "Unknown". */}
      {result.missing.length > 0 ? <p className="small no-print">Missing: {result.missing.map(fieldLabel).join(", ")}.</p> : null}
    </div>
  );
}
