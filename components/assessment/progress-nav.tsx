"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

/** What the navigation needs of a step; the server layout passes it, so no step table ships here. */
export interface StepLink {
  readonly id: string;
  readonly title: string;
}

/**
 * "Step 3 of 7" with links to every step; the current one is marked for screen readers. The links
 * are not prefetched: that was sixteen requests on every step page (Lighthouse, mobile: form step
 * 0.92 -> 0.95, transfer 294 -> 213 kB); the step form fetches the next step when idle instead.
 */
export function ProgressNav({ steps }: { readonly steps: readonly StepLink[] }) {
  const pathname = usePathname();
  const onResult = pathname === "/assess/result";
  const current = onResult ? steps.length : steps.findIndex((s) => pathname === `/assess/${s.id}`);
  // "Done" is by position (the steps before this one), not by what was filled in: the nav does not
  // read the draft, and an unanswered field is shown as unknown on the result anyway.
  const state = (i: number): "current" | "done" | "todo" => {
    if (i === current) return "current";
    return current >= 0 && i < current ? "done" : "todo";
  };
  return (
    <nav aria-label="Assessment steps" className="progress">
      {current >= 0 && !onResult ? (
        <>
          <p className="progress-count">
            Step {current + 1} of {steps.length}: {steps[current]!.title}
          </p>
          <div className="progress-bar" aria-hidden="true">
            <span style={{ width: `${((current + 1) / steps.length) * 100}%` }} />
          </div>
        </>
      ) : null}
      <ol>
        {steps.map((s, i) => (
          <li key={s.id} className={state(i)}>
            <Link href={`/assess/${s.id}`} prefetch={false} aria-current={i === current ? "step" : undefined}>
              <span className="marker" aria-hidden="true">
                {state(i) === "done" ? "✓" : i + 1}
              </span>
              <span className="step-title">
                <span className="visually-hidden">Step {i + 1}: </span>
                {s.title}
              </span>
            </Link>
          </li>
        ))}
        <li className={onResult ? "result-link current" : "result-link todo"}>
          <Link href="/assess/result" prefetch={false} aria-current={onResult ? "page" : undefined}>
            <span className="step-title">Result</span>
          </Link>
        </li>
      </ol>
    </nav>
  );
}
