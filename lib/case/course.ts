/**
 * The course of a Case (../shared/spec/CASE.md, "The course"): each time-point's Screening, and per
 * instrument the highest value reached and when its published threshold was met.
 */
import { INSTRUMENT_IDS, type InstrumentId } from "../scores/types";
import { screen, type Screening } from "../screen/screen";
import type { Case, TimePointAt } from "./schema";

interface InstrumentCourse {
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

/**
 * The sections a new time-point carries forward (lib/form/case-draft.ts addTimePoint): they say who
 * the patient is, not what was found that day.
 */
const CARRIED_FORWARD = new Set(["schemaVersion", "label", "context"]);

/**
 * Whether anything of the day was entered: a value in a section other than those carried forward.
 * Null is unknown, as absent is, except on an ICE item, where it records an item the patient could
 * not be tested on (an answer).
 */
export function hasFindings(assessment: object): boolean {
  return Object.entries(assessment).some(([key, value]) => !CARRIED_FORWARD.has(key) && holdsValue(value, key));
}

function holdsValue(value: unknown, key: string): boolean {
  if (value === null) return key === "iceItems";
  if (value === undefined || value === "") return false;
  if (typeof value !== "object") return true;
  return Object.entries(value).some(([child, v]) => (key === "iceItems" && v === null) || holdsValue(v, child));
}

/**
 * The time-points the app charts and counts in a course: those with findings. A day added in the
 * form and not yet entered would chart every instrument's whole range ("HScore highest 176–337"),
 * which is the form's state, not the patient's. \`crs-screen course\` scores a file as written
 * (CASE.md: every time-point), so this filter is the app's, applied before course().
 */
export function enteredTimePoints<T extends { readonly assessment: object }>(timepoints: readonly T[]): T[] {
  return timepoints.filter((p) => hasFindings(p.assessment));
}
