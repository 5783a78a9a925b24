"use client";

import { useBrowserStores } from "@/components/assessment/use-browser-stores";
import { atLabel, loadCaseDraft } from "@/lib/form/case-draft";

/**
 * The day a step is of, in its heading ("Vital signs and support — Day 6"), for a case of several
 * time-points: a step of one day looks like a step of any other (issue 28 item 3). Nothing for a
 * single assessment, whose day is not news.
 */
export function StepDay() {
  const stores = useBrowserStores();
  if (stores === null) return null;
  const theCase = loadCaseDraft(stores);
  if (theCase.timepoints.length < 2) return null;
  return <> — {atLabel(theCase.timepoints[theCase.current]!.at)}</>;
}
