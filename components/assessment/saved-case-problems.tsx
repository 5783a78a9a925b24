import Link from "next/link";
import { fieldLabel } from "@/lib/assessment/fields";
import type { ValidationProblem } from "@/lib/assessment/validate";
import { stepOfField } from "@/lib/form";

/** The saved case fails validation (e.g. edited elsewhere): each problem links to its step. */
export function SavedCaseProblems({ problems }: { readonly problems: readonly ValidationProblem[] }) {
  return (
    <div className="error-summary" role="alert">
      <h2>The saved case has problems</h2>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>
            <Link href={`/assess/${stepOfField(p.path)}`}>{`${fieldLabel(p.path)}: ${p.message}`}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
