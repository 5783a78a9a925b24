import { describe, expect, test } from "vitest";
import type { NumericFieldPath } from "@/lib/assessment/fields";
import { publishedThresholdsOf, thresholdsInChosenUnits } from "@/lib/form/published-thresholds";
import { stepById, stepOfField } from "@/lib/form/steps";
import { thresholdHint as hintFrom } from "@/lib/form/threshold-hint";
import type { UnitChoices } from "@/lib/form/unit-choice";

/** The hint beside a number as the form shows it: its step page names the thresholds, the field words them. */
function thresholdHint(path: NumericFieldPath, units: UnitChoices): string | null {
  const step = stepById(stepOfField(path));
  if (!step) throw new Error(`no step asks ${path}`);
  return hintFrom(path, publishedThresholdsOf(step)[path] ?? [], units);
}

describe("threshold hints by the field, in the unit chosen", () => {
  test("fibrinogen in g/L restates MAS-2016's 360 mg/dL as 3.6 g/L and keeps the published figure", () => {
    const hint = thresholdHint("labs.fibrinogenGPerL", {});
    expect(hint).toContain("Thresholds in g/L:");
    expect(hint).toContain("MAS-2016 ≤ 3.6 (published 360 mg/dL)");
    expect(hint).toContain("HScore ≤ 2.5;");
  });

  test("triglycerides in mg/dL show HLH-2004's 265 mg/dL exactly and HScore's 1.5 mmol/L converted, to whole mg/dL", () => {
    const hint = thresholdHint("labs.triglyceridesMmolPerL", { "labs.triglyceridesMmolPerL": "mg/dL" });
    expect(hint).toContain("HLH-2004 ≥ 266 (published 3 mmol/L) or ≥ 265;");
    expect(hint).toContain("HScore bands ≥ 133 (published 1.5 mmol/L), > 354 (published 4 mmol/L);");
  });

  test("triglycerides in mmol/L show HLH-2004's 265 mg/dL rounded to the unit's precision, never 2.991983742", () => {
    const hint = thresholdHint("labs.triglyceridesMmolPerL", {});
    expect(hint).toContain("≥ 2.99 (published 265 mg/dL)");
    expect(hint).not.toMatch(/\d\.\d{3,}/);
  });

  test("temperature in °F", () => {
    expect(thresholdHint("vitals.temperatureMaxC", { "vitals.temperatureMaxC": "°F" })).toContain("ASTCT CRS ≥ 100.4 (published 38 °C)");
  });

  test("an instrument's points bands are named as bands, not as two thresholds (HScore ferritin, ISTH DIC platelets)", () => {
    expect(thresholdHint("labs.ferritinNgPerMl", {})).toContain("HScore bands ≥ 2000, > 6000; HLH-2004 ≥ 500;");
    expect(thresholdHint("labs.plateletsE9PerL", {})).toContain("ISTH DIC bands < 100, < 50.");
  });

  test("HLH-2004's two haemoglobin thresholds say whom each is for (Henter 2007: < 100 g/L in infants under 4 weeks)", () => {
    expect(thresholdHint("labs.hemoglobinGPerDl", { "labs.hemoglobinGPerDl": "g/L" })).toContain("HLH-2004 < 90 or < 100 in infants < 4 weeks;");
  });

  test("HLH-2004's two published triglyceride figures are alternatives: either counts", () => {
    expect(thresholdHint("labs.triglyceridesMmolPerL", {})).toContain("HLH-2004 ≥ 3 or ≥ 2.99 (published 265 mg/dL);");
  });

  test("a field no instrument reads has no hint", () => {
    expect(thresholdHint("vitals.heartRateBpm", {})).toBeNull();
  });
});

describe("published thresholds restated for the result's criteria tables", () => {
  test("MAS-2016 with fibrinogen and triglycerides chosen in SI units", async () => {
    expect(thresholdsInChosenUnits("mas-2016", {})).toContain("Fibrinogen ≤ 360 mg/dL = ≤ 3.6 g/L");
    expect(thresholdsInChosenUnits("mas-2016", { "labs.fibrinogenGPerL": "mg/dL" }).join(" ")).not.toContain("Fibrinogen");
  });
});
