/**
 * The course of a Case (../shared/spec/CASE.md, "The course"): each time-point's Screening, and per
 * instrument the highest value reached and when its published threshold was met.
 */
import { INSTRUMENT_IDS, type InstrumentId } from "../scores/types";
import { screen, type Screening } from "../screen/screen";
import type { Case, TimePointAt } from "./schema";

export interface InstrumentCourse {
  /** The highest value reached, as a range while data are missing: the highest min and the highest max. */
  readonly highest: { readonly min: number; readonly max: number };
  /** The first time-point whose verdict is met; null if none. A verdict still open (null) is not met. */
  readonly firstMetAt: TimePointAt | null;
  readonly lastMetAt: TimePointAt | null;
  /** Every time-point whose verdict is met, in order. */
  readonly metAt: readonly TimePointAt[];
}

export interface Course {
  readonly timepoints: readonly { readonly at: TimePointAt; readonly screening: Screening }[];
  readonly course: Readonly<Record<InstrumentId, InstrumentCourse>>;
}

export function course(theCase: Case): Course {
  const timepoints = theCase.timepoints.map(({ at, assessment }) => ({ at, screening: screen(assessment) }));
  const entries = INSTRUMENT_IDS.map((id): [InstrumentId, InstrumentCourse] => {
    const results = timepoints.map(({ at, screening }) => ({ at, result: screening.instruments.find((r) => r.id === id)! }));
    const metAt = results.filter(({ result }) => result.meetsThreshold === true).map(({ at }) => at);
    return [
      id,
      {
        highest: { min: Math.max(...results.map(({ result }) => result.min)), max: Math.max(...results.map(({ result }) => result.max)) },
        firstMetAt: metAt[0] ?? null,
        lastMetAt: metAt.at(-1) ?? null,
        metAt,
      },
    ];
  });
  return { timepoints, course: Object.fromEntries(entries) as Record<InstrumentId, InstrumentCourse> };
}
