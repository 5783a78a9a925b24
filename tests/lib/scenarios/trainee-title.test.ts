/**
 * The neutral title a trainee sees (issue 28, item 5): setting, day and patient, derived from the
 * scenario's own data, never its teaching title.
 */
import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import type { Scenario } from "@/lib/scenarios/schema";
import { titleAfterStage, traineeTitle } from "@/lib/scenarios/trainee-title";

const byId = (id: string): Scenario => builtinScenarios().find((s) => s.id === id)!;

describe("traineeTitle", () => {
  test("after immune effector cells: the day since infusion and the patient in the vignette's words", () => {
    expect(traineeTitle(byId("cart-crs-grade-3-nasal-cannula-8l"))).toBe("After immune effector cell therapy, day 4: a 66-year-old woman");
  });

  test("an unfolding scenario names the days it spans; the article follows the vignette (an 8-year-old)", () => {
    expect(traineeTitle(byId("cart-crs-unfolding-treated"))).toBe("After immune effector cell therapy, days 1–4: a 61-year-old man");
    expect(traineeTitle(byId("sjia-flare-into-mas"))).toBe("Rheumatologic disease, days 0–2: an 8-year-old girl");
  });

  test("outside immune effector cell therapy a single time-point has no day", () => {
    expect(traineeTitle(byId("sepsis-mimic-urosepsis"))).toBe("Suspected sepsis: a 72-year-old woman");
  });

  test("an imported scenario whose vignette does not introduce the patient falls back on the answer key's age", () => {
    const scenario = { ...byId("covid-hyperinflammation-chis"), vignette: ["Day 10 of COVID-19 pneumonia."] };
    expect(traineeTitle(scenario)).toBe("COVID-19: a patient aged 63");
  });

  test("no built-in's neutral title contains its teaching title, and no two built-ins share one", () => {
    const titles = builtinScenarios().map(traineeTitle);
    expect(new Set(titles).size).toBe(titles.length);
    for (const scenario of builtinScenarios()) expect(traineeTitle(scenario)).not.toContain(scenario.title);
  });
});

describe("titleAfterStage", () => {
  test("the teaching title only once the last day is reached", () => {
    const scenario = byId("cart-crs-unfolding-treated");
    expect(titleAfterStage(scenario, 1)).toBe(traineeTitle(scenario));
    expect(titleAfterStage(scenario, 2)).toBe(traineeTitle(scenario));
    expect(titleAfterStage(scenario, 3)).toBe(scenario.title);
    expect(titleAfterStage(byId("cart-crs-grade-1"), 1)).toBe("CAR-T day 2: fever alone");
  });
});
