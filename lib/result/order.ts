/** The order the result page lists instruments in. Pure. */
import type { InstrumentResult } from "../scores/types";

/**
 * Applicable instruments first, then those shown for teaching (defined for another setting or
 * age); within each, the order the screening gives (stable), so the answer is read before the
 * teaching material.
 */
export function applicableFirst<T extends Pick<InstrumentResult, "applicable">>(instruments: readonly T[]): { readonly applicable: readonly T[]; readonly teaching: readonly T[] } {
  return { applicable: instruments.filter((r) => r.applicable), teaching: instruments.filter((r) => !r.applicable) };
}
