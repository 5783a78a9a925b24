"use client";

import { useEffect, useState } from "react";
import { useBrowserStores } from "@/components/assessment/use-browser-stores";
import { DRAFT_SAVED_EVENT, saveWaitingTyping } from "@/components/assessment/after-next-paint";
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
  // The step form saves as it is typed in (just after each keystroke's paint); re-read the mark then.
  useEffect(() => {
    const again = () => setTick((n) => n + 1);
    window.addEventListener(DRAFT_SAVED_EVENT, again);
    return () => window.removeEventListener(DRAFT_SAVED_EVENT, again);
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
          saveWaitingTyping();
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
