/**
 * The case draft: a Case's time-points (../shared/spec/CASE.md) kept in the browser around the
 * single-Assessment draft. The current time-point's Assessment stays under DRAFT_KEY (./draft.ts),
 * so the steps, the review and the result keep reading and writing "the draft" unchanged and edit
 * the current time-point; the others wait under CASE_KEY. No CASE_KEY (a draft saved before cases,
 * a fresh browser) is a Case of one at its default day (defaultDay), until a day is set.
 */
import { FIELDS } from "../assessment/fields";
import type { AssessmentInput } from "../assessment/schema";
import { DAY_RANGE, MAX_TIMEPOINTS, compareAt } from "../case/at";
import type { TimePointAt } from "../case/schema";
import { CASE_KEY } from "./keys";
import { active, clearPending, loadDoneSteps, loadDraft, saveDoneSteps, saveDraft, type Stores } from "./draft";

/** Values of a step copied from an earlier time-point: shown as "copied from day N" while unchanged. */
export interface CopiedMark {
  readonly day: number;
  /** The step's sections as copied (JSON): the mark goes once they differ (the person edited them). */
  readonly values: string;
}

export interface DraftTimePoint {
  readonly at: TimePointAt;
  readonly assessment: AssessmentInput;
  readonly copied?: Readonly<Record<string, CopiedMark>>;
  /** The steps saved at this time-point (the progress ticks them); the current one's live under DONE_KEY, as its Assessment lives under DRAFT_KEY. */
  readonly done?: readonly string[];
}

export interface CaseDraft {
  readonly label?: string;
  /** Index of the time-point the steps edit. */
  readonly current: number;
  readonly timepoints: readonly DraftTimePoint[];
}

function readFrame(stores: Stores): CaseDraft | null {
  try {
    const text = active(stores).getItem(CASE_KEY);
    if (text === null) return null;
    const frame = JSON.parse(text) as CaseDraft;
    const ok = Array.isArray(frame.timepoints) && frame.timepoints.length > 0 && Number.isInteger(frame.current) && frame.current >= 0 && frame.current < frame.timepoints.length;
    return ok ? frame : null;
  } catch {
    return null;
  }
}

/**
 * The day an Assessment is of when nobody set one: in the immune-effector setting day 0 is the
 * infusion (CASE.md), so a patient 5 days after it is at day 5 (issue 28: every step said "Day 0");
 * otherwise day 0, the admission.
 */
export function defaultDay(assessment: AssessmentInput): number {
  const context = assessment.context;
  return context?.setting === "immune-effector-cell-therapy" ? (context.daysSinceInfusion ?? 0) : 0;
}

/** The whole case, its current time-point read from the draft. */
export function loadCaseDraft(stores: Stores): CaseDraft {
  const draft = loadDraft(stores);
  const done = loadDoneSteps(stores);
  const frame = readFrame(stores);
  if (frame === null) return { current: 0, timepoints: [{ at: { day: defaultDay(draft) }, assessment: draft, done }] };
  return { ...frame, timepoints: frame.timepoints.map((point, index) => (index === frame.current ? { ...point, assessment: draft, done } : point)) };
}

/** Keeps the whole case: the current time-point as the draft, the rest beside it. */
export function saveCaseDraft(stores: Stores, theCase: CaseDraft): void {
  const current = theCase.timepoints[theCase.current]!;
  saveDraft(stores, current.assessment);
  saveDoneSteps(stores, current.done ?? []);
  active(stores).setItem(CASE_KEY, JSON.stringify(theCase));
}

/**
 * Replaces the case (an import, a share link): the last time-point is the current one. A file of
 * one Assessment reads as a Case of one at day 0 (lib/case/schema.ts); here, as one unlabelled
 * time-point at day 0 without a time, it is kept as a plain draft: its day is its default day
 * again, as transferable() wrote it, so it comes back as it left.
 */
export function replaceCaseDraft(stores: Stores, timepoints: readonly { readonly at: TimePointAt; readonly assessment: AssessmentInput }[], label?: string): void {
  clearPending(stores);
  const only = timepoints.length === 1 ? timepoints[0]! : undefined;
  if (only !== undefined && label === undefined && only.at.day === 0 && only.at.time === undefined) {
    saveDraft(stores, only.assessment);
    saveDoneSteps(stores, []);
    active(stores).removeItem(CASE_KEY);
    return;
  }
  saveCaseDraft(stores, { ...(label === undefined ? {} : { label }), current: timepoints.length - 1, timepoints });
}

/** The steps edit another time-point (unsaved typing belongs to the one left). */
export function switchTimePoint(stores: Stores, index: number): void {
  const theCase = loadCaseDraft(stores);
  if (index < 0 || index >= theCase.timepoints.length) return;
  clearPending(stores);
  saveCaseDraft(stores, { ...theCase, current: index });
}

/** The day within the range a Case file may hold (../case/at.ts), so the form never makes a case its own import refuses. */
export function dayInRange(at: TimePointAt): boolean {
  return at.day >= DAY_RANGE.min && at.day <= DAY_RANGE.max;
}

/** A time-point must come after the one before it and before the one after it (CASE.md: strictly ordered). */
export function fitsAt(theCase: CaseDraft, index: number, at: TimePointAt): boolean {
  const before = theCase.timepoints[index - 1];
  const after = theCase.timepoints[index + 1];
  return (before === undefined || compareAt(before.at, at) < 0) && (after === undefined || compareAt(at, after.at) < 0);
}

/** Moves the current time-point to another day (and time); false, and nothing changed, when out of order. */
export function setCurrentAt(stores: Stores, at: TimePointAt): boolean {
  const theCase = loadCaseDraft(stores);
  if (!dayInRange(at) || !fitsAt(theCase, theCase.current, at)) return false;
  saveCaseDraft(stores, { ...theCase, timepoints: theCase.timepoints.map((p, i) => (i === theCase.current ? { ...p, at } : p)) });
  return true;
}

/**
 * "Add a time-point": the next one, after the last, with the context (and case title) carried
 * forward and nothing else — yesterday's vitals and labs are not today's. It becomes current.
 */
export function addTimePoint(stores: Stores, at: TimePointAt): boolean {
  const theCase = loadCaseDraft(stores);
  const last = theCase.timepoints.at(-1)!;
  if (theCase.timepoints.length >= MAX_TIMEPOINTS || !dayInRange(at) || compareAt(last.at, at) >= 0) return false;
  const { label } = last.assessment;
  const context = contextOnDay(last.assessment.context, at.day - last.at.day);
  const assessment: AssessmentInput = { schemaVersion: 1, ...(label === undefined ? {} : { label }), ...(context === undefined ? {} : { context }) };
  clearPending(stores);
  saveCaseDraft(stores, { ...theCase, current: theCase.timepoints.length, timepoints: [...theCase.timepoints, { at, assessment }] });
  return true;
}

/**
 * The context as it stands `daysLater`: the setting and age hold, but "days since infusion" counts
 * from a fixed infusion, so it moves with the day (copied unchanged, day 3 would still read "day 1
 * after infusion"). Past the field's range it is left unknown rather than wrong.
 */
function contextOnDay(context: AssessmentInput["context"], daysLater: number): AssessmentInput["context"] {
  const days = context?.daysSinceInfusion;
  if (context == null || days == null) return context;
  const now = days + daysLater;
  if (now <= FIELDS["context.daysSinceInfusion"].max) return { ...context, daysSinceInfusion: now };
  const unknownDay = { ...context };
  delete unknownDay.daysSinceInfusion;
  return unknownDay;
}

/** The case as CASE.md writes it (marks of copying are the form's, not the case's). */
export function caseOf(theCase: CaseDraft): { caseVersion: 1; label?: string; timepoints: { at: TimePointAt; assessment: AssessmentInput }[] } {
  return {
    caseVersion: 1,
    ...(theCase.label === undefined ? {} : { label: theCase.label }),
    timepoints: theCase.timepoints.map(({ at, assessment }) => ({ at, assessment })),
  };
}

/**
 * What export and share links carry: a case of one time-point at its default day (defaultDay) as
 * the plain Assessment (files made before cases stay identical; replaceCaseDraft reads one back at
 * that day), else the Case — so a single time-point moved to day 3 comes back at day 3.
 */
export function transferable(theCase: CaseDraft): object {
  const only = theCase.timepoints.length === 1 ? theCase.timepoints[0]! : undefined;
  const plain = only !== undefined && only.at.day === defaultDay(only.assessment) && only.at.time === undefined && theCase.label === undefined;
  return plain ? only.assessment : caseOf(theCase);
}

/** "Day 3" or "Day 3, 08:00". */
export function atLabel(at: TimePointAt): string {
  return at.time === undefined ? `Day ${at.day}` : `Day ${at.day}, ${at.time}`;
}
