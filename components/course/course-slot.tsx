"use client";

import { lazy, Suspense } from "react";
import { useBrowserStores } from "@/components/assessment/use-browser-stores";
import type { TimePointAt } from "@/lib/case/schema";
import { loadCaseDraft } from "@/lib/form/case-draft";

// The course (its charts and tables) is fetched only for a case of two or more time-points: a
// single assessment, the usual case, does not carry it in the result page's scripts.
const CourseView = lazy(() => import("./course-view").then((m) => ({ default: m.CourseView })));

/** The current time-point of a case over time, which shows a course; null for a single assessment (or no storage). */
export function useCourseTimePoint(): TimePointAt | null {
  const stores = useBrowserStores();
  if (stores === null) return null;
  const theCase = loadCaseDraft(stores);
  return theCase.timepoints.length < 2 ? null : theCase.timepoints[theCase.current]!.at;
}

/** Where the course goes on the result page and the summary: nothing for a case of one time-point. */
export function CourseSlot() {
  if (useCourseTimePoint() === null) return null;
  return (
    <Suspense fallback={<p>Computing the course in this browser…</p>}>
      <CourseView />
    </Suspense>
  );
}
