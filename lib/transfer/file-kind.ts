/**
 * Which door a JSON file belongs to: a case (an Assessment, or a Case of time-points) opens with
 * Import a case; a scenario (vignette, answer key, checklist) with the scenario gallery's import.
 * Told apart by the fields only one kind has, so a file offered at the wrong door gets one
 * sentence pointing to the right one instead of a list of schema errors.
 */
export type FileKind = "case" | "scenario" | "unknown";

const SCENARIO_ONLY = ["answerKey", "vignette", "checklist", "expected"];
const CASE_ONLY = ["caseVersion", "timepoints", "context", "vitals", "findings", "neuro", "labs", "pathology"];

export function fileKind(json: unknown): FileKind {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return "unknown";
  const keys = Object.keys(json);
  if (SCENARIO_ONLY.some((k) => keys.includes(k))) return "scenario";
  if (CASE_ONLY.some((k) => keys.includes(k))) return "case";
  return "unknown";
}

/** Said when a scenario file is offered as a case. */
export const SCENARIO_NOT_CASE = "This is a scenario file, not a case — open it on the Scenarios page, under “Your own scenario”.";
/** Said when a case file is offered as a scenario. */
export const CASE_NOT_SCENARIO = "This is a case file, not a scenario — open it with Import a case.";
