/**
 * The title a trainee sees (issue 28, item 5): the setting, the day and the patient — never the
 * scenario's teaching `title`, which names the answer ("CRS rises, then settles after
 * tocilizumab"). It is derived from the scenario's own data rather than written as a field, so
 * there is nothing to keep in step and an imported scenario cannot spoil itself with it. The
 * teaching title belongs to the instructor view and to the checklist once the attempt is over.
 */
import type { Scenario } from "./schema";
import { scenarioStages } from "./stages";

/** The setting as the opening of a title (the setting is no secret: the gallery filters by it). */
const SETTING_WORDS = {
  "immune-effector-cell-therapy": "After immune effector cell therapy",
  "covid-19": "COVID-19",
  "viral-infection": "Viral infection",
  "suspected-sepsis": "Suspected sepsis",
  rheumatologic: "Rheumatologic disease",
  malignancy: "Malignancy",
  other: "Training case",
} as const satisfies Record<Scenario["setting"], string>;

/** "a 66-year-old woman", "an 8-year-old girl" as the vignette introduces the patient. */
const PATIENT = /\b(an?) (\d+(?:\.\d+)?-(?:year|month|week|day)-old (?:man|woman|girl|boy|infant|baby|child|patient|neonate))\b/i;

/** "days 1–4" for an unfolding scenario; "day 4" after immune effector cells (the days since infusion); none otherwise. */
function daysOf(scenario: Scenario): string | null {
  const days = scenarioStages(scenario).flatMap((stage) => (stage.day === null ? [] : [stage.day]));
  if (days.length > 1) return `days ${days[0]}–${days.at(-1)}`;
  const sinceInfusion = scenario.answerKey.context?.daysSinceInfusion;
  return scenario.setting === "immune-effector-cell-therapy" && typeof sinceInfusion === "number" ? `day ${sinceInfusion}` : null;
}

/** The patient in the vignette's own words, else the answer key's age, else nothing. */
function patientOf(scenario: Scenario): string | null {
  const match = PATIENT.exec(scenario.vignette.join(" "));
  if (match) return `${match[1]!.toLowerCase()} ${match[2]!}`;
  const age = scenario.answerKey.context?.ageYears;
  return typeof age === "number" ? `a patient aged ${age}` : null;
}

/** "After immune effector cell therapy, day 4: a 66-year-old woman"; "Suspected sepsis: a 72-year-old woman". */
export function traineeTitle(scenario: Scenario): string {
  const days = daysOf(scenario);
  const patient = patientOf(scenario);
  return `${SETTING_WORDS[scenario.setting]}${days ? `, ${days}` : ""}${patient ? `: ${patient}` : ""}`;
}

/**
 * The title on the trainee's checklist after a stage: the teaching title once the attempt is over
 * (a scenario that does not unfold, or its last day), the neutral one while later days are still
 * to be played — "a flare becomes MAS" after day 0 would give day 2 away.
 */
export function titleAfterStage(scenario: Scenario, stageNumber: number): string {
  return stageNumber >= scenarioStages(scenario).length ? scenario.title : traineeTitle(scenario);
}
