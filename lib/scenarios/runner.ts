/**
 * Runs a scenario: the expected results against the Screening of an Assessment (the answer key by
 * default, or a trainee's), and each checklist item against the trainee's Assessment and Screening.
 */
import { problemsOf, type ValidationProblem } from "../assessment/validate";
import type { Assessment } from "../assessment/schema";
import { valueAt } from "../assessment/read";
import { screen, type Screening } from "../screen/screen";
import type { InstrumentId, InstrumentResult } from "../scores/types";
import { ScenarioSchema, type InstrumentExpectation, type Scenario, type ScenarioCheck } from "./schema";

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
        detail: result.missing.length === 0 ? "complete" : `missing ${result.missing.join(", ")}`,
      };
    }
    case "field": {
      const value = valueAt(assessment, check.path);
      const shown = value === undefined || value === null ? "not entered" : JSON.stringify(value);
      if (check.within) {
        const [low, high] = check.within;
        return { passed: typeof value === "number" && value >= low && value <= high, detail: `${check.path} ${shown}` };
      }
      return { passed: value === check.equals, detail: `${check.path} ${shown}` };
    }
  }
}

export function runScenario(scenario: Scenario, assessment: Assessment = scenario.answerKey): ScenarioRun {
  const screening = screen(assessment);
  const answerScreening = assessment === scenario.answerKey ? screening : screen(scenario.answerKey);
  const expectedFailures = [
    ...(answerScreening.level === scenario.expected.level ? [] : [`level ${answerScreening.level}, expected ${scenario.expected.level}`]),
    ...Object.entries(scenario.expected.instruments).flatMap(([id, expect]) =>
      expect ? instrumentMismatches(instrumentOf(answerScreening, id as InstrumentId), expect) : [],
    ),
  ];
  const checklist = scenario.checklist.map((item) => ({
    id: item.id,
    label: item.label,
    teachingPoint: item.teachingPoint,
    ...evaluateCheck(item.check, assessment, screening),
  }));
  const checklistPassed = checklist.filter((c) => c.passed).length;
  return {
    id: scenario.id,
    title: scenario.title,
    expectedFailures,
    checklist,
    checklistPassed,
    passed: expectedFailures.length === 0 && checklistPassed === checklist.length,
  };
}

export type ScenarioParse = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

export function parseScenario(input: unknown): ScenarioParse {
  const parsed = ScenarioSchema.safeParse(input);
  return parsed.success ? { ok: true, scenario: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}
