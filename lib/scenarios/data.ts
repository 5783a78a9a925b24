import { SETTINGS } from "@/lib/assessment/fields";
import { builtinScenarios } from "./builtin";
import { DIFFICULTIES, type Scenario } from "./schema";
import { traineeTitle } from "./trainee-title";

/** What the gallery card and its filters need of a scenario (serialisable: it crosses to the client). */
export interface ScenarioSummary {
  readonly id: string;
  /** The title a trainee sees (setting, day, patient): never the teaching title, which gives the answer away. */
  readonly title: string;
  readonly setting: Scenario["setting"];
  readonly settingLabel: string;
  readonly difficulty: Scenario["difficulty"];
  readonly teaches: string;
}

/** The built-in scenario with this id, if any. */
export function scenarioById(id: string): Scenario | undefined {
  return builtinScenarios().find((s) => s.id === id);
}

/** Every built-in scenario id, for generateStaticParams. */
export function scenarioIds(): readonly string[] {
  return builtinScenarios().map((s) => s.id);
}

function summaryOf(scenario: Scenario): ScenarioSummary {
  return {
    id: scenario.id,
    title: traineeTitle(scenario),
    setting: scenario.setting,
    settingLabel: SETTINGS[scenario.setting],
    difficulty: scenario.difficulty,
    teaches: scenario.teaches,
  };
}

/** The gallery's cards in teaching order (DIFFICULTIES: foundation cases first), then by file order (stable). */
export function gallerySummaries(): readonly ScenarioSummary[] {
  return builtinScenarios().map(summaryOf).toSorted((a, b) => DIFFICULTIES.indexOf(a.difficulty) - DIFFICULTIES.indexOf(b.difficulty));
}
