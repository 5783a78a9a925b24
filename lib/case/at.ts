/**
 * Ordering time-points, apart from the schema (./schema.ts): the form's case draft orders them in
 * the browser without loading the validator (zod) with every page.
 */
import type { TimePointAt } from "./schema";

/** Order of two time-points: by day, then by time; a time-point without a time comes first in its day. */
export function compareAt(a: TimePointAt, b: TimePointAt): number {
  if (a.day !== b.day) return a.day - b.day;
  return (a.time ?? "").localeCompare(b.time ?? "");
}
