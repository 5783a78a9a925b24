/**
 * The instructor view's answer key in words (lib/scenarios/format.ts): its own rounding (two
 * decimals, two significant digits below 1), with the grouping, the "≈" and the units of
 * lib/units/format.ts.
 */
import { describe, expect, test } from "vitest";
import { describeCheck, formatValue } from "@/lib/scenarios/format";

describe("formatValue: an answer-key value", () => {
  test("a value kept from a conversion reads to two decimals, marked ≈", () => {
    expect(formatValue("labs.triglyceridesMmolPerL", 310 / 88.57)).toBe("≈ 3.5 mmol/L");
  });

  test("thousands are grouped with a narrow no-break space, never a comma", () => {
    expect(formatValue("labs.ferritinNgPerMl", 14500)).toBe("14\u202f500 ng/mL");
  });

  test("below 1, two significant digits", () => {
    expect(formatValue("labs.lymphocytesE9PerL", 0.123)).toBe("≈ 0.12 ×10⁹/L");
    expect(formatValue("labs.lymphocytesE9PerL", 0.12)).toBe("0.12 ×10⁹/L");
  });

  test("exact, as a machine check states it: six decimals, not marked", () => {
    expect(formatValue("labs.triglyceridesMmolPerL", 3.5, true)).toBe("3.5 mmol/L");
  });

  test("a count agrees with its unit: 1 day, 1 year, 2 points", () => {
    expect(formatValue("context.daysSinceInfusion", 1)).toBe("1 day");
    expect(formatValue("context.ageYears", 1)).toBe("1 year");
    expect(formatValue("neuro.iceScore", 2)).toBe("2 points");
  });
});

describe("describeCheck: a field's machine check", () => {
  test("a range in the canonical unit, as the built-in triglycerides check reads", () => {
    expect(describeCheck({ kind: "field", path: "labs.triglyceridesMmolPerL", within: [3.49, 3.51] })).toBe(
      "Triglycerides entered between 3.49 and 3.51 mmol/L (canonical unit; the form converts other units).",
    );
  });

  test("a range up to one day reads “1 day”, not “1 days”", () => {
    expect(describeCheck({ kind: "field", path: "context.daysSinceInfusion", within: [0, 1] })).toBe(
      "Days since infusion entered between 0 and 1 day (canonical unit; the form converts other units).",
    );
  });

  test("thousands are grouped in a range too", () => {
    expect(describeCheck({ kind: "field", path: "labs.ferritinNgPerMl", within: [9950, 10050] })).toBe(
      "Ferritin entered between 9\u202f950 and 10\u202f050 ng/mL (canonical unit; the form converts other units).",
    );
  });

  test("an exact value names its unit", () => {
    expect(describeCheck({ kind: "field", path: "context.daysSinceInfusion", equals: 1 })).toBe("Days since infusion entered as 1 day.");
  });
});
