import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { expectationDisagreements } from "@/lib/scenarios/disagreements";
import type { Scenario } from "@/lib/scenarios/schema";

const ebv = builtinScenarios().find((s) => s.id === "ebv-secondary-hlh")!;

describe("expectationDisagreements", () => {
  test("every built-in scenario agrees with the app", () => {
    for (const s of builtinScenarios()) expect(expectationDisagreements(s), s.id).toEqual([]);
  });

  test("a wrong hand calculation is named with the instrument, what the app gives and what the file says", () => {
    const wrong: Scenario = {
      ...ebv,
      expected: { level: "incomplete", instruments: { ...ebv.expected.instruments, hscore: { value: 280, meetsThreshold: false } } },
    };
    expect(expectationDisagreements(wrong)).toEqual([
      "Overall level: “Pattern consistent with cytokine storm or a look-alike” here, “Incomplete — these data would complete the assessment” in the file.",
      "HScore (Fardet 2014): value — 299 here, 280 in the file.",
      "HScore (Fardet 2014): meets the threshold — yes here, no in the file.",
    ]);
  });
});
