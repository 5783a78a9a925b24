/**
 * Ordering time-points, apart from the schema (./schema.ts): the form's case draft orders them in
 * the browser without loading the validator (zod) with every page.
 */
import type { TimePointAt } from "./schema";

/** CASE.md: 1 to 60 time-points. */
export const MAX_TIMEPOINTS = 60;
/**
 * Days relative to day 0 (the infusion in the immune-effector setting, the admission otherwise).
 * CASE.md allows negative days and sets no bound; ±3650 (ten years) is crs-screen's plausible
 * range, like the Assessment's: it catches a slip (a year typed as a day), not an unusual course.
 */
export const DAY_RANGE = { min: -3650, max: 3650 } as const;

/** Order of two time-points: by day, then by time; a time-point without a time comes first in its day. */
export function compareAt(a: TimePointAt, b: TimePointAt): number {
  if (a.day !== b.day) return a.day - b.day;
  return (a.time ?? "").localeCompare(b.time ?? "");
}
