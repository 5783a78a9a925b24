"use client";

import { StorageBlocked } from "@/components/notice/storage-blocked";
import { SavedCaseProblems } from "@/components/assessment/saved-case-problems";
import dynamic from "next/dynamic";
import Link from "next/link";
import { NUMERIC_FIELDS, fieldLabel, type NumericFieldPath } from "@/lib/assessment/fields";
import { valueAt } from "@/lib/assessment/read";
import { STEPS, markStepDone } from "@/lib/form";
import { useEffect } from "react";
import { useBrowserStores } from "./use-browser-stores";
import { enteredValueText } from "@/lib/form/entered";
import { ClearCaseButton } from "./clear-case";
import { KeepOnDevice } from "./keep-on-device";
import { UnsavedSteps } from "./unsaved-steps";
import { useFocusHeading } from "./use-focus-heading";
import { ExportButton } from "@/components/transfer/export-button";
import { useDraftAssessment } from "./use-draft-assessment";

// The scoring library screens the case for this list only: it loads after the values are shown,
// so the review's first scripts carry the form's code and not every instrument's (page weight, issue 17).
const WouldCompleteEach = dynamic(() => import("./would-complete-each").then((m) => m.WouldCompleteEach), {
  ssr: false,
  loading: () => <p>Working out what each instrument still needs…</p>,
});

/** Everything entered, step by step, and what would complete each instrument. */
export function Review() {
  useFocusHeading("step-heading");
  const result = useDraftAssessment();
  const stores = useBrowserStores();
  const shown = result.state === "ready";
  // Reviewed once the case was shown here: the progress ticks Review.
  useEffect(() => {
    if (stores !== null && shown) markStepDone(stores, "review");
  }, [stores, shown]);
  if (result.state === "blocked") return <StorageBlocked />;
  if (result.state === "loading") return <p>Loading the case from this browser…</p>;
  if (result.state === "unavailable") return <p role="alert">{result.message}</p>;
  if (result.state === "invalid") {
    return <SavedCaseProblems problems={result.validation.problems} />;
  }
  const { assessment, units } = result;
  return (
    <>
      <UnsavedSteps />
      {STEPS.filter((s) => s.id !== "review").map((step) => {
        const paths = step.groups.flatMap((g) =>
          g.fields.flatMap((f) => {
            if (f.kind === "ice-items") return ["neuro.iceScore", ...["orientation", "naming", "commands", "writing", "attention"].map((k) => `neuro.iceItems.${k}`)];
            return [f.path];
          }),
        );
        const entered = paths.filter((p) => valueAt(assessment, p) !== undefined);
        return (
          <section key={step.id} className="review-step" aria-labelledby={`review-${step.id}`}>
            <h2 id={`review-${step.id}`}>
              {step.title} <Link href={`/assess/${step.id}`}>Edit<span className="visually-hidden"> {step.title.toLowerCase()}</span></Link>
            </h2>
            {entered.length === 0 ? (
              <p>Nothing entered.</p>
            ) : (
              <dl>
                {entered.map((p) => (
                  <div key={p}>
                    {/* A number's label names no unit: its value carries the unit it was entered in. */}
                    <dt>{p in NUMERIC_FIELDS ? NUMERIC_FIELDS[p as NumericFieldPath].label : fieldLabel(p)}</dt>
                    <dd>{enteredValueText(p, valueAt(assessment, p), units)}</dd>
                  </div>
                ))}
              </dl>
            )}
          </section>
        );
      })}
      <section aria-labelledby="review-missing">
        <h2 id="review-missing">What would complete each instrument</h2>
        <WouldCompleteEach assessment={assessment} />
      </section>
      <KeepOnDevice />
      <div className="actions">
        <Link href="/assess/result" className="button primary">
          See the result
        </Link>
        <ExportButton />
        <ClearCaseButton />
      </div>
    </>
  );
}
