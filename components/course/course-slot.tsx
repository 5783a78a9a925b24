"use client";

import Link from "next/link";
import { lazy, Suspense } from "react";
import { useBrowserStores } from "@/components/assessment/use-browser-stores";
import { atQuery } from "@/lib/case/at-query";
import { hasFindings } from "@/lib/case/course";
import type { TimePointAt } from "@/lib/case/schema";
import { atLabel, loadCaseDraft } from "@/lib/form/case-draft";

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

/**
 * Where the course goes on the result page and the summary: nothing for a case of one time-point.
 * A day with nothing entered yet says so and leads to its first step (issue 28: a wall of ranges,
 * no call to enter the day).
 */
export function CourseSlot() {
  const stores = useBrowserStores();
  const at = useCourseTimePoint();
  if (stores === null || at === null) return null;
  const theCase = loadCaseDraft(stores);
  const unentered = !hasFindings(theCase.timepoints[theCase.current]!.assessment);
  return (
    <>
      {unentered ? (
        <p className="no-print" data-testid="day-not-entered">
          Nothing is entered for {atLabel(at)} yet, so each instrument below is a range. <Link href={`/assess/context?${atQuery(at)}`}>Enter {atLabel(at)}</Link>
        </p>
      ) : null}
      <Suspense fallback={<p>Computing the course in this browser…</p>}>
        <CourseView />
      </Suspense>
    </>
  );
}
