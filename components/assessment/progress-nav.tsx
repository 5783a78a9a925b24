"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { loadDoneSteps, loadDraft } from "@/lib/form/draft";
import { useBrowserStores } from "./use-browser-stores";

/** What the navigation needs of a step; the server layout passes it, so no step table ships here. */
export interface StepLink {
  readonly id: string;
  readonly title: string;
  /** The Assessment paths the step asks for: the step is ticked when one of them holds a value (an imported case), or once saved. */
  readonly paths: readonly string[];
}

/**
 * "Step 3 of 7" with links to every step; the current one is marked for screen readers. The links
 * are not prefetched: that was sixteen requests on every step page (Lighthouse, mobile: form step
 * 0.92 -> 0.95, transfer 294 -> 213 kB); the step form fetches the next step when idle instead.
 * A step is ticked once saved with "Save and continue" (Review once viewed), values or none, and
 * a step holding values (an imported case's) wherever it is; the one shown is marked as current.
 */
export function ProgressNav({ steps }: { readonly steps: readonly StepLink[] }) {
  const pathname = usePathname();
  const onResult = pathname === "/assess/result";
  const current = onResult ? steps.length : steps.findIndex((s) => pathname === `/assess/${s.id}`);
  // Read again on every navigation (the layout re-renders with the path): a step saved a moment ago is ticked.
  const stores = useBrowserStores();
  const draft: Readonly<Record<string, unknown>> = stores === null ? {} : loadDraft(stores);
  const saved = stores === null ? [] : loadDoneSteps(stores);
  // Ticked by what was done, not by position: a step skipped by a link stays a number (its values
  // are unknown on the result); one saved empty on purpose (pathology not done) is ticked.
  const entered = (step: StepLink): boolean => step.paths.some((path) => hasValue(at(draft, path), path.split(".").pop()));
  const done = (step: StepLink): boolean => saved.includes(step.id) || entered(step);
  const state = (i: number): "current" | "done" | "todo" => {
    if (i === current) return "current";
    return done(steps[i]!) ? "done" : "todo";
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
                {done(s) ? <span className="visually-hidden">{entered(s) ? " (values entered)" : " (done)"}</span> : null}
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

/**
 * A section (or the case title) with something in it. Null means unknown, as absent does — except
 * on an ICE item, where it records an item the patient could not be tested on: an answer.
 */
function hasValue(value: unknown, key = ""): boolean {
  if (value === null) return key === "iceItems";
  if (value === undefined || value === "") return false;
  if (typeof value !== "object") return true;
  return Object.entries(value).some(([child, v]) => (key === "iceItems" && v === null) || hasValue(v, child));
}

/** The value at a dotted path (this nav stays light: no schema or scoring code on every page). */
function at(draft: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), draft);
}
