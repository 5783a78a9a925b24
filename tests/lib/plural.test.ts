import { describe, expect, test } from "vitest";
import { counted, isSingular, unitFor } from "@/lib/plural";
import { formatValue } from "@/lib/scenarios/format";

describe("plural: English's rule, from Intl.PluralRules", () => {
  test("exactly one is singular; zero, fractions and many are plural", () => {
    expect(isSingular(1)).toBe(true);
    for (const n of [0, 0.5, 1.5, 2, 100]) expect(isSingular(n), String(n)).toBe(false);
  });

  test("a counted unit is singular after 1: 1 day, 1 point, 1 year; 0 days, 1.5 days", () => {
    expect(unitFor(1, "days")).toBe("day");
    expect(unitFor(1, "points")).toBe("point");
    expect(unitFor(1, "years")).toBe("year");
    expect(unitFor(0, "days")).toBe("days");
    expect(unitFor(1.5, "days")).toBe("days");
  });

  test("a unit that is not counted reads the same after 1", () => {
    expect(unitFor(1, "mg/dL")).toBe("mg/dL");
    expect(unitFor(1, "°C")).toBe("°C");
  });

  test("a count with its noun, with an irregular plural when given", () => {
    expect(counted(1, "time-point")).toBe("1 time-point");
    expect(counted(3, "time-point")).toBe("3 time-points");
    expect(counted(1, "criterion", "criteria")).toBe("1 criterion");
    expect(counted(0, "criterion", "criteria")).toBe("0 criteria");
  });

  test("the answer sheet writes 1 day since infusion as “1 day”, not “1 days”", () => {
    expect(formatValue("context.daysSinceInfusion", 1)).toBe("1 day");
    expect(formatValue("context.daysSinceInfusion", 4)).toBe("4 days");
    expect(formatValue("neuro.iceScore", 1)).toBe("1 point");
  });
});
