/**
 * The stages of a scenario, read one way whether or not it unfolds: a scenario without `stages`
 * is one stage (its top-level vignette, answer key, expected results and checklist); an unfolding
 * one has that first stage at `day`, then each of `stages`.
 */
import type { Scenario, ScenarioStage } from "./schema";

export interface StageView extends Omit<ScenarioStage, "day"> {
  /** 1-based, as the trainee and the CLI count them. */
  readonly number: number;
  /** The relative day; null for a scenario that does not unfold. */
  readonly day: number | null;
}

export function scenarioStages(scenario: Scenario): readonly StageView[] {
  const first: StageView = {
    number: 1,
    day: scenario.day ?? null,
    ...(scenario.time === undefined ? {} : { time: scenario.time }),
    vignette: scenario.vignette,
    answerKey: scenario.answerKey,
    expected: scenario.expected,
    checklist: scenario.checklist,
    ...(scenario.teachingPoint === undefined ? {} : { teachingPoint: scenario.teachingPoint }),
  };
  return [first, ...(scenario.stages ?? []).map((stage, index) => ({ ...stage, number: index + 2 }))];
}

export function isUnfolding(scenario: Scenario): boolean {
  return (scenario.stages?.length ?? 0) > 0;
}

/** "Day 2" or "Day 2, 08:00" (null day: the scenario does not unfold). */
export function stageName(stage: Pick<StageView, "day" | "time" | "number">): string {
  if (stage.day === null) return `Stage ${stage.number}`;
  return `Day ${stage.day}${stage.time ? `, ${stage.time}` : ""}`;
}
