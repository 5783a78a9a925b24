"use client";

import { useEffect, useState } from "react";
import { useBrowserStores } from "@/components/assessment/use-browser-stores";
import { atLabel, loadCaseDraft } from "@/lib/form/case-draft";
import { copiedFrom, copyPreviousStep } from "@/lib/form/case-copy";
import { stepById } from "@/lib/form/steps";
import styles from "./switcher.module.css";

/**
 * On a step of a later time-point: "Copy the previous time-point's values" for this step, and
 * "copied from day N" while what was copied is unchanged (the mark goes with the first edit).
 */
export function CopyPrevious({ stepId }: { readonly stepId: string }) {
  const stores = useBrowserStores();
  const [, setTick] = useState(0);
  // The step form saves as it is typed in; re-read the mark after each edit.
  useEffect(() => {
    const again = () => setTimeout(() => setTick((n) => n + 1), 0);
    document.addEventListener("input", again);
    document.addEventListener("change", again);
    return () => {
      document.removeEventListener("input", again);
      document.removeEventListener("change", again);
    };
  }, []);
  const step = stepById(stepId);
  if (stores === null || step === undefined || stepId === "context") return null;
  const theCase = loadCaseDraft(stores);
  const previous = theCase.timepoints[theCase.current - 1];
  if (previous === undefined) return null;
  const day = copiedFrom(theCase, step);
  return (
    <div className={`${styles.copy} no-print`}>
      <button
        type="button"
        className="button"
        onClick={() => {
          copyPreviousStep(stores, step);
          window.location.reload();
        }}
      >
        Copy the previous time-point&apos;s values ({atLabel(previous.at)})
      </button>
      {day !== null ? <span className={styles.copied}>Values copied from day {day}; check them before relying on them.</span> : null}
    </div>
  );
}
