import { describe, expect, test } from "vitest";
import { FIELD_QUANTITY, QUANTITIES, fromCanonical, settle, toCanonical, type Quantity, type UnitOf } from "@/lib/units";
import { inUnit } from "@/lib/assessment/read";

describe("unit conversions", () => {
  test.each([
    ["temperature", "°F", 100.4, 38.0],
    ["temperature", "°F", 32, 0],
    ["hemoglobin", "g/L", 92, 9.2],
    ["cellCount", "×10³/µL", 110, 110],
    ["cellCount", "/µL", 5000, 5],
    ["ferritin", "µg/L", 684, 684],
    ["triglycerides", "mg/dL", 88.57, 1],
    ["fibrinogen", "mg/dL", 360, 3.6],
    ["crp", "mg/dL", 15, 150],
    ["dDimer", "µg/mL FEU", 1.5, 1500],
    ["dDimer", "mg/L FEU", 0.5, 500],
    ["creatinine", "µmol/L", 88.4, 1],
  ] as const)("%s: %s %d is %d in the canonical unit", (quantity, unit, value, canonical) => {
    expect(toCanonical(quantity, unit as never, value)).toBeCloseTo(canonical, 10);
    expect(settle(fromCanonical(quantity, unit as never, canonical))).toBe(value);
  });

  test("every convertible field's quantity has its canonical unit listed among its units", () => {
    for (const quantity of Object.values(FIELD_QUANTITY)) {
      const q = QUANTITIES[quantity];
      expect(Object.keys(q.units)).toContain(q.canonical);
    }
  });

  test("an unknown unit is refused loudly", () => {
    expect(() => toCanonical("fibrinogen", "mmol/L" as UnitOf<"fibrinogen">, 1)).toThrow(RangeError);
  });
});

/**
 * Round trips at every published threshold: a value entered in the published unit, stored in the
 * canonical unit and compared back in the published unit must be exactly the published number.
 */
describe("round trips at every published threshold", () => {
  const thresholds: readonly (readonly [Quantity, string, keyof typeof FIELD_QUANTITY, number])[] = [
    ["temperature", "°C", "vitals.temperatureMaxC", 38.0],
    ["temperature", "°C", "vitals.temperatureMaxC", 38.4],
    ["temperature", "°C", "vitals.temperatureMaxC", 38.5],
    ["temperature", "°C", "vitals.temperatureMaxC", 39.4],
    ["temperature", "°F", "vitals.temperatureMaxC", 100.4],
    ["temperature", "°F", "vitals.temperatureMaxC", 101.3],
    ["hemoglobin", "g/L", "labs.hemoglobinGPerDl", 90],
    ["hemoglobin", "g/L", "labs.hemoglobinGPerDl", 92],
    ["hemoglobin", "g/L", "labs.hemoglobinGPerDl", 100],
    ["cellCount", "/µL", "labs.plateletsE9PerL", 110000],
    ["cellCount", "/µL", "labs.plateletsE9PerL", 181000],
    ["cellCount", "/µL", "labs.leukocytesE9PerL", 5000],
    ["cellCount", "/µL", "labs.neutrophilsE9PerL", 1000],
    ["cellCount", "×10³/µL", "labs.plateletsE9PerL", 50],
    ["triglycerides", "mg/dL", "labs.triglyceridesMmolPerL", 150],
    ["triglycerides", "mg/dL", "labs.triglyceridesMmolPerL", 156],
    ["triglycerides", "mg/dL", "labs.triglyceridesMmolPerL", 265],
    ["triglycerides", "mmol/L", "labs.triglyceridesMmolPerL", 3.0],
    ["fibrinogen", "mg/dL", "labs.fibrinogenGPerL", 100],
    ["fibrinogen", "mg/dL", "labs.fibrinogenGPerL", 150],
    ["fibrinogen", "mg/dL", "labs.fibrinogenGPerL", 250],
    ["fibrinogen", "mg/dL", "labs.fibrinogenGPerL", 360],
    ["crp", "mg/dL", "labs.crpMgPerL", 15],
    ["dDimer", "µg/mL FEU", "labs.dDimerNgPerMlFeu", 1.5],
    ["ferritin", "µg/L", "labs.ferritinNgPerMl", 684],
    ["creatinine", "µmol/L", "labs.creatinineMgPerDl", 88.4],
  ];
  test.each(thresholds)("%s %s: %s at %d compares as exactly %d", (quantity, unit, path, value) => {
    const stored = toCanonical(quantity, unit as never, value);
    expect(inUnit(path, unit, stored)).toBe(value);
    // through every other unit of the quantity and back
    for (const other of Object.keys(QUANTITIES[quantity].units)) {
      const shown = fromCanonical(quantity, other as never, stored);
      const again = toCanonical(quantity, other as never, shown);
      expect(inUnit(path, unit, again)).toBe(value);
    }
  });
});
