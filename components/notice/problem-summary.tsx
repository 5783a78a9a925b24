import type { ReactNode } from "react";
import { problemText, type ValidationProblem } from "@/lib/assessment/problem";

/**
 * Why something was refused, announced when it appears: a heading that says what did not happen
 * (and that nothing changed), one line per problem naming its field, then what to do next.
 */
export function ProblemSummary({
  heading,
  level = 2,
  problems,
  children,
}: {
  readonly heading: string;
  readonly level?: 2 | 3;
  readonly problems: readonly ValidationProblem[];
  /** What to do next: a link to the place that fixes it. */
  readonly children?: ReactNode;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="error-summary" role="alert">
      <Heading>{heading}</Heading>
      <ul>
        {problems.map((p) => (
          <li key={`${p.path}:${p.message}`}>{problemText(p)}</li>
        ))}
      </ul>
      {children}
    </div>
  );
}
