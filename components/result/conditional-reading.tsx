import Link from "next/link";
import { Fragment } from "react";
import { fieldLabel } from "@/lib/assessment/fields";
import { fieldHref } from "@/lib/result/criteria";
import type { DecidingAnswer } from "@/lib/screen/wording";

/**
 * What would settle an open result, in words, each deciding question a link that lands on its
 * field: "Grade 3 if “Hypotension attributable to another cause” is no; grade 1 if … is yes."
 * The words are lib/screen/wording.ts's (decidingAnswerSentence reads the same outcomes as text).
 */
export function ConditionalReading({ deciding, className, lead }: { readonly deciding: DecidingAnswer; readonly className?: string; readonly lead?: string }) {
  return (
    <p className={className}>
      {lead === undefined ? null : <strong>{lead}: </strong>}
      {deciding.outcomes.map((o, i) => (
        <Fragment key={o.result}>
          {i > 0 ? "; " : ""}
          {i === 0 ? o.result.charAt(0).toUpperCase() + o.result.slice(1) : o.result} if{" "}
          {o.when.map((all, j) => (
            <Fragment key={j}>
              {j > 0 ? " or " : ""}
              {all.map((c, k) => (
                <Fragment key={c.field}>
                  {k > 0 ? " and " : ""}“<Link href={fieldHref(c.field)}>{fieldLabel(c.field)}</Link>” is {c.answer}
                </Fragment>
              ))}
            </Fragment>
          ))}
        </Fragment>
      ))}
      .
    </p>
  );
}
