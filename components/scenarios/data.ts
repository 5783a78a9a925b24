import { SETTINGS } from "@/lib/assessment/fields";
import { builtinScenarios } from "@/lib/scenarios/builtin";
import type { Scenario } from "@/lib/scenarios/schema";
import { DIFFICULTY_ORDER, type ScenarioSummary } from "./labels";

/** The built-in scenario with this id, if any. */
export function scenarioById(id: string): Scenario | undefined {
  return builtinScenarios().find((s) => s.id === id);
}

/** Every built-in scenario id, for generateStaticParams. */
export function scenarioIds(): readonly string[] {
  return builtinScenarios().map((s) => s.id);
}

export function summaryOf(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    title: scenario.title,
    setting: scenario.setting,
    settingLabel: SETTINGS[scenario.setting],
    difficulty: scenario.difficulty,
    teaches: scenario.teaches,
  };
}

/** The gallery's cards: foundation cases first, then by file order (stable). */
export function gallerySummaries(): readonly ScenarioSummary[] {
  return builtinScenarios().map(summaryOf).toSorted((a, b) => DIFFICULTY_ORDER.indexOf(a.difficulty) - DIFFICULTY_ORDER.indexOf(b.difficulty));
}
