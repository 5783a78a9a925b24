import Link from "next/link";
import type { Assessment } from "@/lib/assessment/schema";
import type { UnitChoices } from "@/lib/form";
import { enteredValues, fieldHref } from "@/lib/result/criteria";
import { statusOf } from "@/lib/result/status";
import { INSTRUMENTS, criterionWords } from "@/lib/scores";
import type { InstrumentResult } from "@/lib/scores/types";
import { contribution, contributionHeading } from "./criteria-table";
import { StatusTag } from "./status";
import styles from "./result.module.css";

/**
 * For the result page (the printable summary keeps the plainer CriteriaTable): an instrument's
 * criteria as published, each with what was entered for it (in the unit chosen,
 * and the published threshold it falls on), met / not met / unknown, and what it contributes (criteria-table.tsx: a grade, points or a
 * count; a range while open). A field not entered says so and links to where it is entered.
 */
export function CriteriaWithValues({ result, assessment, units = {} }: { readonly result: InstrumentResult; readonly assessment: Assessment; readonly units?: UnitChoices }) {
  return (
    <table className={styles.criteria}>
      <caption className="visually-hidden">{INSTRUMENTS[result.id].shortName} criteria</caption>
      <thead>
        <tr>
          <th scope="col">Criterion (as published)</th>
          <th scope="col">Entered</th>
          <th scope="col">Status</th>
          <th scope="col">{contributionHeading(result.id)}</th>
        </tr>
      </thead>
      <tbody>
        {result.criteria.map((c) => (
          <tr key={c.id}>
            <td>{criterionWords(result.id, c.id)}</td>
            <td className={styles.entered}>
              {enteredValues(assessment, result.id, c.id, units).map((v, _, all) => (
                <span key={v.path} className={styles.value}>
                  {/* a lone yes/no answers the criterion as published: its label would only repeat it */}
                  {all.length === 1 && v.kind === "yes-no" && v.text !== null ? null : <>{v.label} </>}
                  {v.text === null ? (
                    <>
                      <em>not entered</em> — <Link href={fieldHref(v.path)}>enter it<span className="visually-hidden"> ({v.label})</span></Link>
                    </>
                  ) : (
                    <strong>{v.text}</strong>
                  )}
                  {v.threshold ? <span className={styles.fallsOn}> · {v.threshold}</span> : null}
                </span>
              ))}
            </td>
            <td>
              <StatusTag status={statusOf(c.met)} />
            </td>
            <td>{contribution(c)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
