import { describe, expect, test } from "vitest";
import { BUILTIN_SCENARIO_FILES, builtinScenarios } from "@/lib/scenarios/builtin/index";
import { parseScenario, runAllStages } from "@/lib/scenarios/runner";
import { isUnfolding, scenarioStages, stageName } from "@/lib/scenarios/stages";
import { expectationDisagreements } from "@/lib/scenarios/disagreements";

const UNFOLDING = ["cart-crs-unfolding-treated", "cart-crs-into-hlh-like", "ebv-hlh-workup-unfolding", "sjia-flare-into-mas"] as const;

/** A built-in scenario file as a mutable plain object (a deep copy). */
function fileOf(id: string): Record<string, unknown> {
  return structuredClone(BUILTIN_SCENARIO_FILES[`${id}.json`]) as Record<string, unknown>;
}

describe("scenario stages", () => {
  test("a scenario without stages is one stage, with no day, and runs as before", () => {
    const classic = builtinScenarios().find((s) => s.id === "cart-crs-grade-1")!;
    expect(isUnfolding(classic)).toBe(false);
    const stages = scenarioStages(classic);
    expect(stages).toHaveLength(1);
    expect(stages[0]).toMatchObject({ number: 1, day: null, answerKey: classic.answerKey });
    const runs = runAllStages(classic);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.stage).toBeUndefined();
  });

  test("21 of the built-ins do not unfold; the four unfolding ones have 3, 3, 3 and 2 stages", () => {
    expect(builtinScenarios().filter((s) => !isUnfolding(s))).toHaveLength(21);
    expect(UNFOLDING.map((id) => scenarioStages(builtinScenarios().find((s) => s.id === id)!).map(stageName))).toEqual([
      ["Day 1", "Day 2", "Day 4"],
      ["Day 3", "Day 6", "Day 8"],
      ["Day 0", "Day 1", "Day 3"],
      ["Day 0", "Day 2"],
    ]);
  });

  // The hand-worked expectations (lib/scenarios/builtin/WORKING.md) against the scoring library.
  test.each(UNFOLDING)("every stage of %s agrees with its hand-worked expectations and its checklist", (id) => {
    const scenario = builtinScenarios().find((s) => s.id === id)!;
    for (const run of runAllStages(scenario)) {
      expect({ stage: run.stage?.name, failures: run.expectedFailures, missed: run.checklist.filter((c) => !c.passed) }).toEqual({
        stage: run.stage?.name,
        failures: [],
        missed: [],
      });
    }
    expect(expectationDisagreements(scenario)).toEqual([]);
  });

  test("a wrong expectation in stage 2 is reported against that stage only", () => {
    const file = fileOf("sjia-flare-into-mas");
    const stages = file.stages as { expected: { instruments: Record<string, { value?: number }> } }[];
    stages[0]!.expected.instruments["mas-2016"]!.value = 3;
    const parsed = parseScenario(file);
    if (!parsed.ok) throw new Error("should parse");
    const runs = runAllStages(parsed.scenario);
    expect(runs.map((r) => r.passed)).toEqual([true, false]);
    expect(runs[1]!.expectedFailures).toEqual(["mas-2016 value 4, expected 3"]);
    expect(expectationDisagreements(parsed.scenario)).toEqual(["Day 2 — MAS in sJIA — 2016 classification criteria (Ravelli 2016): value — 4 here, 3 in the file."]);
  });
});

describe("the schema of stages", () => {
  test("a problem inside a stage names the stage and its day", () => {
    const file = fileOf("cart-crs-unfolding-treated");
    (file.stages as Record<string, unknown>[])[1]!.expected = { level: "maybe", instruments: {} };
    const parsed = parseScenario(file);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toEqual([{ path: "stages[1].expected.level", message: expect.stringMatching(/^Stage 3 \(day 4\): /) }]);
  });

  test("stages out of order are refused, naming the stage", () => {
    const file = fileOf("ebv-hlh-workup-unfolding");
    (file.stages as Record<string, unknown>[])[1]!.day = 1;
    const parsed = parseScenario(file);
    expect(parsed.ok ? [] : parsed.problems).toEqual([{ path: "stages[1].day", message: "Stage 3 (day 1): must come after the previous stage (day 1)" }]);
  });

  test("an unfolding scenario needs the first stage's day; a scenario without stages may not have one", () => {
    const unfolding = fileOf("sjia-flare-into-mas");
    delete unfolding.day;
    const a = parseScenario(unfolding);
    expect(a.ok ? [] : a.problems).toEqual([{ path: "day", message: "Stage 1: an unfolding scenario needs the first stage's day" }]);
    const classic = fileOf("cart-crs-grade-1");
    classic.day = 1;
    const b = parseScenario(classic);
    expect(b.ok ? [] : b.problems).toEqual([{ path: "day", message: "day belongs to an unfolding scenario: add stages or remove day" }]);
  });

  test("a stage with an unknown field, a bad time or no checklist is refused with the stage named", () => {
    const file = fileOf("cart-crs-into-hlh-like");
    const stages = file.stages as Record<string, unknown>[];
    stages[0]!.time = "25:00";
    stages[0]!.grade = 2;
    stages[1]!.checklist = [];
    const parsed = parseScenario(file);
    expect(parsed.ok ? [] : parsed.problems.map((p) => `${p.path}: ${p.message}`).toSorted()).toEqual([
      'stages[0].grade: Stage 2 (day 6): Unknown field "grade" (check the spelling against the format)',
      "stages[0].time: Stage 2 (day 6): must be a 24-hour time HH:MM",
      expect.stringMatching(/^stages\[1\]\.checklist: Stage 3 \(day 8\): /),
    ]);
  });
});
