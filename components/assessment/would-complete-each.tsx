import Link from "next/link";
import { fieldLabel } from "@/lib/assessment/fields";
import type { Assessment } from "@/lib/assessment/schema";
import { stepOfField } from "@/lib/form";
import { screen } from "@/lib/screen";
import { INSTRUMENTS } from "@/lib/scores";

/** Per instrument, the fields that would complete it, each linking to its step (the review page). */
export function WouldCompleteEach({ assessment }: { readonly assessment: Assessment }) {
  const { instruments } = screen(assessment);
  return (
    <ul>
      {instruments.map((r) => (
        <li key={r.id}>
          <strong>{INSTRUMENTS[r.id].shortName}</strong>:{" "}
          {r.missing.length === 0
            ? "complete."
            : r.missing.map((p, i) => (
                <span key={p}>
                  {i > 0 ? ", " : ""}
                  <Link href={`/assess/${stepOfField(p)}`}>{fieldLabel(p)}</Link>
                </span>
              ))}
        </li>
      ))}
    </ul>
  );
}
