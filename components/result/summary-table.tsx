import Link from "next/link";
import { fieldLabel } from "@/lib/assessment/fields";
import { fieldHref } from "@/lib/result/criteria";
import { statusOf } from "@/lib/result/status";
import { INSTRUMENTS } from "@/lib/scores";
import type { Assessment } from "@/lib/assessment/schema";
import type { InstrumentResult } from "@/lib/scores/types";
import { decidesAtAGlance, decidingAnswer } from "@/lib/screen/wording";
import { ConditionalReading } from "./conditional-reading";
import { valueText } from "./instrument-card";
import { StatusTag } from "./status";
import styles from "./result.module.css";

const VERDICT_SHORT = { met: "Meets", "not-met": "Below", unknown: "Open" } as const;

/** At most this many missing fields are named in a row; the card names them all. */
const NAMED_MISSING = 1;

/**
 * Every instrument in one table, applicable ones first: value or range, threshold, whether it
 * applies, the verdict and what is missing — or, when one or two open answers decide the result,
 * what each answer would give. On a narrow screen each row becomes a stacked block
 * (result.module.css), so nothing scrolls sideways.
 */
export function SummaryTable({ instruments, assessment }: { readonly instruments: readonly InstrumentResult[]; readonly assessment: Assessment }) {
  return (
    <table className={styles.summary}>
      <caption className="visually-hidden">Every instrument at a glance, those that apply first</caption>
      <thead>
        <tr>
          <th scope="col">Instrument</th>
          <th scope="col">Value</th>
          <th scope="col">Threshold</th>
          <th scope="col">Applies?</th>
          <th scope="col">Verdict</th>
          <th scope="col">Missing</th>
        </tr>
      </thead>
      <tbody>
        {instruments.map((r) => {
          const d = INSTRUMENTS[r.id];
          const status = statusOf(r.meetsThreshold);
          const open = decidingAnswer(assessment, r);
          const deciding = open !== null && decidesAtAGlance(open) ? open : null;
          return (
            <tr key={r.id} className={r.applicable ? undefined : styles.teachingRow}>
              <th scope="row">
                <a href={`#card-${r.id}`}>{d.shortName}</a>
              </th>
              <td data-label="Value" className={styles.summaryValue}>
                {valueText(r)}
              </td>
              <td data-label="Threshold">{d.threshold}</td>
              <td data-label="Applies?">{r.applicable ? "Yes" : <StatusTag status="not-applicable">No</StatusTag>}</td>
              <td data-label="Verdict">
                <StatusTag status={status}>{VERDICT_SHORT[status]}</StatusTag>
              </td>
              <td data-label="Missing" data-empty={r.missing.length === 0 ? "" : undefined}>
                {deciding !== null ? <ConditionalReading deciding={deciding} className={styles.inlineReading} /> : <MissingNamed missing={r.missing} />}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The first missing field (a link that lands on it), and how many more; "Nothing" when complete. */
function MissingNamed({ missing }: { readonly missing: readonly string[] }) {
  if (missing.length === 0) return <>Nothing</>;
  const more = missing.length - NAMED_MISSING;
  return (
    <>
      {missing.slice(0, NAMED_MISSING).map((p, i) => (
        <span key={p}>
          {i > 0 ? ", " : ""}
          <Link href={fieldHref(p)}>{fieldLabel(p).replace(/ \(.*\)$/, "")}</Link>
        </span>
      ))}
      {more > 0 ? ` +${more} more` : null}
    </>
  );
}
