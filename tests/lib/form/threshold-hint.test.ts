import { describe, expect, test } from "vitest";
import { thresholdHintFor as thresholdHint, thresholdsInChosenUnits } from "@/lib/form/published-thresholds";

describe("threshold hints by the field, in the unit chosen", () => {
  test("fibrinogen in g/L restates MAS-2016's 360 mg/dL as 3.6 g/L and keeps the published figure", () => {
    const hint = thresholdHint("labs.fibrinogenGPerL", {});
    expect(hint).toContain("Thresholds in g/L:");
    expect(hint).toContain("MAS-2016 ≤ 3.6 (published 360 mg/dL)");
    expect(hint).toContain("HScore ≤ 2.5;");
  });

  test("triglycerides in mg/dL show HLH-2004's 265 mg/dL exactly and HScore's 1.5 mmol/L converted, to whole mg/dL", () => {
    const hint = thresholdHint("labs.triglyceridesMmolPerL", { "labs.triglyceridesMmolPerL": "mg/dL" });
    expect(hint).toContain("HLH-2004 ≥ 265;");
    expect(hint).toContain("HScore ≥ 133 (published 1.5 mmol/L)");
  });

  test("triglycerides in mmol/L show HLH-2004's 265 mg/dL rounded to the unit's precision, never 2.991983742", () => {
    const hint = thresholdHint("labs.triglyceridesMmolPerL", {});
    expect(hint).toContain("HLH-2004 ≥ 2.99 (published 265 mg/dL)");
    expect(hint).not.toMatch(/\d\.\d{3,}/);
  });

  test("temperature in °F", () => {
    expect(thresholdHint("vitals.temperatureMaxC", { "vitals.temperatureMaxC": "°F" })).toContain("ASTCT CRS ≥ 100.4 (published 38 °C)");
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
