/**
 * Runs a scenario: the expected results against the Screening of an Assessment (the answer key by
 * default, or a trainee's), and each checklist item against the trainee's Assessment and Screening.
 */
import { problemsOf, type ValidationProblem } from "../assessment/validate";
import type { Assessment } from "../assessment/schema";
import { valueAt } from "../assessment/read";
import { hypotension, iceScore } from "../assessment/derived";
import { ENUM_FIELDS, fieldLabel, type EnumFieldPath } from "../assessment/fields";
import { screen, type Screening } from "../screen/screen";
import type { InstrumentId, InstrumentResult } from "../scores/types";
import { ScenarioSchema, type InstrumentExpectation, type Scenario, type ScenarioCheck } from "./schema";
import { scenarioStages, stageName, type StageView } from "./stages";

export interface CheckOutcome {
  readonly id: string;
  readonly label: string;
  readonly passed: boolean;
  /** What was found, for the table and the checklist ("got grade 2"). */
  readonly detail: string;
  /** Shown when the item is missed. */
  readonly teachingPoint: string;
}

export interface ScenarioRun {
  readonly id: string;
  readonly title: string;
  /** The stage run (an unfolding scenario): its number and name ("Day 2"); absent for a one-stage scenario. */
  readonly stage?: { readonly number: number; readonly name: string };
  /** Mismatches between the expected results and the Screening (empty when all hold). */
  readonly expectedFailures: readonly string[];
  readonly checklist: readonly CheckOutcome[];
  readonly checklistPassed: number;
  readonly passed: boolean;
}

function instrumentOf(screening: Screening, id: InstrumentId): InstrumentResult {
  const found = screening.instruments.find((r) => r.id === id);
  if (!found) throw new Error(`Instrument ${id} missing from the screening`);
  return found;
}

/** Differences between what an instrument gave and what was expected ("value 2, expected 3"). */
export function instrumentMismatches(result: InstrumentResult, expect: InstrumentExpectation): string[] {
  const keys = ["value", "min", "max", "meetsThreshold", "applicable"] as const;
  return keys.flatMap((key) =>
    expect[key] === undefined || expect[key] === result[key] ? [] : [`${result.id} ${key} ${String(result[key])}, expected ${String(expect[key])}`],
  );
}

export function evaluateCheck(check: ScenarioCheck, assessment: Assessment, screening: Screening): { readonly passed: boolean; readonly detail: string } {
  switch (check.kind) {
    case "instrument": {
      const mismatches = instrumentMismatches(instrumentOf(screening, check.instrument), check.expect);
      return { passed: mismatches.length === 0, detail: mismatches.join("; ") || "as expected" };
    }
    case "level":
      return { passed: screening.level === check.level, detail: `level ${screening.level}` };
    case "complete": {
      const result = instrumentOf(screening, check.instrument);
      return {
        passed: result.missing.length === 0,
        detail: result.missing.length === 0 ? "complete" : `missing ${result.missing.map(fieldLabel).join(", ")}`,
      };
    }
    case "field": {
      const { value, derivation } = answerAt(assessment, check.path);
      const passed = check.within ? typeof value === "number" && value >= check.within[0] && value <= check.within[1] : value === check.equals;
      return { passed, detail: `${fieldLabel(check.path)}: ${derivation ? `not entered; ${derivation}: ${shown(check.path, value)}` : shown(check.path, value)}` };
    }
  }
}

/**
 * A field's answer as the app judges it. The form invites a trainee to leave hypotension to be
 * derived (a vasopressor given, or blood pressure) and to enter the ICE items rather than a score;
 * the result page then uses the derived value, and so does the checklist — a trainee who lets the
 * form derive the answer key's value has not missed it. `derivation` says where a derived value came from.
 */
function answerAt(assessment: Assessment, path: string): { readonly value: unknown; readonly derivation?: string } {
  const entered = valueAt(assessment, path);
  if (entered !== undefined && entered !== null) return { value: entered };
  if (path === "vitals.hypotension") {
    const judged = hypotension(assessment);
    if (judged.value !== null && judged.basis !== "clinician") {
      return { value: judged.value, derivation: judged.basis === "vasopressor" ? "derived from the vasopressor given" : "derived from blood pressure" };
    }
  }
  if (path === "neuro.iceScore") {
    const ice = iceScore(assessment);
    if (ice.basis === "items" && ice.min === ice.max) return { value: ice.min, derivation: "the sum of the ICE items" };
  }
  return { value: entered };
}

/** A value in words, as the checklist shows it: yes/no, an option's label, a number, or "not entered". */
function shown(path: string, value: unknown): string {
  if (value === undefined || value === null) return "not entered";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" && path in ENUM_FIELDS) return (ENUM_FIELDS[path as EnumFieldPath].options as Readonly<Record<string, string>>)[value] ?? value;
  return typeof value === "string" ? JSON.stringify(value) : String(value);
}

/** Runs one stage: its expected results against its answer key, its checklist against `assessment`. */
export function runStage(scenario: Scenario, stage: StageView, assessment: Assessment = stage.answerKey): ScenarioRun {
  const screening = screen(assessment);
  const answerScreening = assessment === stage.answerKey ? screening : screen(stage.answerKey);
  const expectedFailures = [
    ...(answerScreening.level === stage.expected.level ? [] : [`level ${answerScreening.level}, expected ${stage.expected.level}`]),
    ...Object.entries(stage.expected.instruments).flatMap(([id, expect]) =>
      expect ? instrumentMismatches(instrumentOf(answerScreening, id as InstrumentId), expect) : [],
    ),
  ];
  const checklist = stage.checklist.map((item) => ({
    id: item.id,
    label: item.label,
    teachingPoint: item.teachingPoint,
    ...evaluateCheck(item.check, assessment, screening),
  }));
  const checklistPassed = checklist.filter((c) => c.passed).length;
  return {
    id: scenario.id,
    title: scenario.title,
    ...(scenario.stages ? { stage: { number: stage.number, name: stageName(stage) } } : {}),
    expectedFailures,
    checklist,
    checklistPassed,
    passed: expectedFailures.length === 0 && checklistPassed === checklist.length,
  };
}

/** Every stage of a scenario against its own answer key (one run for a scenario that does not unfold). */
export function runAllStages(scenario: Scenario): readonly ScenarioRun[] {
  return scenarioStages(scenario).map((stage) => runStage(scenario, stage));
}

export type ScenarioParse = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

export function parseScenario(input: unknown): ScenarioParse {
  const parsed = ScenarioSchema.safeParse(input);
  return parsed.success ? { ok: true, scenario: parsed.data } : { ok: false, problems: problemsOf(parsed.error).map((p) => namingStage(p, input)) };
}

/**
 * A problem inside `stages[i]` names its stage ("Stage 3 (day 4): …"), so an author knows which
 * time-point to fix without counting array indices; the first stage is the top level.
 */
function namingStage(problem: ValidationProblem, input: unknown): ValidationProblem {
  const match = /^stages\[(\d+)\]/.exec(problem.path);
  if (!match || problem.message.startsWith("Stage ")) return problem;
  const index = Number(match[1]);
  const stages = (input as { stages?: unknown } | null)?.stages;
  const day = Array.isArray(stages) ? (stages[index] as { day?: unknown } | null)?.day : undefined;
  return { ...problem, message: `Stage ${index + 2}${typeof day === "number" ? ` (day ${day})` : ""}: ${problem.message}` };
}
