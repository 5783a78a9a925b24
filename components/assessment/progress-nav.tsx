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
  const current = steps.findIndex((s) => pathname === `/assess/${s.id}`);
  return (
    <nav aria-label="Assessment steps" className="progress">
      {current >= 0 ? (
        <p className="progress-count">
          Step {current + 1} of {steps.length}: {steps[current]!.title}
        </p>
      ) : null}
      <ol>
        {steps.map((s, i) => (
          <li key={s.id}>
            <Link href={`/assess/${s.id}`} prefetch={false} aria-current={i === current ? "step" : undefined}>
              <span className="visually-hidden">Step {i + 1}: </span>
              {s.title}
            </Link>
          </li>
        ))}
        <li>
          <Link href="/assess/result" prefetch={false} aria-current={pathname === "/assess/result" ? "page" : undefined}>
            Result
          </Link>
        </li>
      </ol>
    </nav>
  );
}
