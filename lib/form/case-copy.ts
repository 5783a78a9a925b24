/**
 * "Copy the previous time-point's values" for one step (issue 18 item 1), apart from the case draft
 * (./case-draft.ts): it needs the form's merge, which only the step pages load.
 */
import type { Stores } from "./draft";
import { clearPending } from "./draft";
import { loadCaseDraft, saveCaseDraft, type CaseDraft, type DraftTimePoint } from "./case-draft";
import type { AssessmentInput } from "../assessment/schema";
import { stepPaths, type StepDefinition } from "./steps";
import { valueAt } from "../assessment/read";
import { mergeStep } from "./values";

/** The step's fields of an Assessment, under their sections (what copying a step takes). */
function stepValues(assessment: AssessmentInput, step: StepDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const path of stepPaths(step)) {
    const value = valueAt(assessment, path);
    if (value === undefined) continue;
    const [section, ...rest] = path.split(".") as [string, ...string[]];
    out[section] = rest.length === 0 ? value : { ...(out[section] as object | undefined), [rest.join(".")]: value };
  }
  return out;
}

/** "Copy the previous time-point's values" for one step: its sections replaced by the previous time-point's, marked as copied. */
export function copyPreviousStep(stores: Stores, step: StepDefinition): boolean {
  const theCase = loadCaseDraft(stores);
  const previous = theCase.timepoints[theCase.current - 1];
  if (previous === undefined) return false;
  const values = stepValues(previous.assessment, step);
  const point = theCase.timepoints[theCase.current]!;
  const next: DraftTimePoint = {
    ...point,
    assessment: mergeStep(point.assessment, step, values),
    copied: { ...point.copied, [step.id]: { day: previous.at.day, values: JSON.stringify(values) } },
  };
  clearPending(stores);
  saveCaseDraft(stores, { ...theCase, timepoints: theCase.timepoints.map((p, i) => (i === theCase.current ? next : p)) });
  return true;
}

/** The day a step's values were copied from, while they are as copied; null once edited (or never copied). */
export function copiedFrom(theCase: CaseDraft, step: StepDefinition): number | null {
  const point = theCase.timepoints[theCase.current]!;
  const mark = point.copied?.[step.id];
  if (mark === undefined) return null;
  return JSON.stringify(stepValues(point.assessment, step)) === mark.values ? mark.day : null;
}

