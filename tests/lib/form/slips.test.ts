/**
 * Slips caught kindly (issue 28, item 7): an out-of-range number gets the readings that would be
 * plausible — the decimal point moved, or the same number in another unit of the field — and only
 * those, at most two, never for a whole-number field. Each rule is tested at the range's edges.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, type NumericFieldPath } from "@/lib/assessment/fields";
import { unitsFor } from "@/lib/form";
import { MOST_SLIPS, rangeIn, slipsFor, type Slip } from "@/lib/form/slips";

const point = (value: number): Slip => ({ kind: "decimal-point", value });
const unit = (value: number, inUnit: string, canonical: number): Slip => ({ kind: "unit", value, unit: inUnit, canonical });

describe("rangeIn", () => {
  test("is the contract's range in the canonical unit, converted in another", () => {
    expect(rangeIn("vitals.temperatureMaxC", "°C")).toEqual({ min: 30, max: 45 });
    expect(rangeIn("vitals.temperatureMaxC", "°F")).toEqual({ min: 86, max: 113 });
    expect(rangeIn("labs.plateletsE9PerL", "/µL")).toEqual({ min: 0, max: 3_000_000 });
    expect(rangeIn("vitals.heartRateBpm", "/min")).toEqual({ min: 20, max: 300 });
  });
});

describe("slipsFor: a decimal point dropped or misplaced", () => {
  test.each([
    // [what was typed, with a decimal part?, expected suggestions]
    ["392 °C is 39.2 with the point dropped", 392, false, [point(39.2)]],
    ["449 °C: 44.9 is just inside the range", 449, false, [point(44.9)]],
    ["451 °C: 45.1 is just outside, and 451 °F too", 451, false, []],
    ["301 °C: 30.1 is just inside", 301, false, [point(30.1)]],
    ["299 °C: 29.9 is just outside, and 299 °F too", 299, false, []],
    ["3.92 °C is 39.2 with the point one place early", 3.92, true, [point(39.2)]],
    ["4.5 °C: 45 is the range's top, inside", 4.5, true, [point(45)]],
    ["4.51 °C: 45.1 is just outside", 4.51, true, []],
    ["3 °C: 30 is inside, but no point was typed to move right", 3, false, []],
    ["3925 °C is 39.25 with the point dropped two places", 3925, false, [point(39.25)]],
    ["390 °C: the point never lands before a trailing zero (39.0)", 390, false, []],
  ] as const)("%s", (_what, value, withDecimals, expected) => {
    expect(slipsFor("vitals.temperatureMaxC", value, "°C", withDecimals)).toEqual(expected);
  });

  test("the nearest move is the one offered: one place before two (respiratory rate 125 is 12.5, not also 1.25)", () => {
    expect(slipsFor("vitals.respiratoryRatePerMin", 125, "/min", false)).toEqual([point(12.5)]);
  });

  test("a typed decimal part moves left too: 392.5 °C is 39.25", () => {
    expect(slipsFor("vitals.temperatureMaxC", 392.5, "°C", true)).toEqual([point(39.25)]);
  });
});

describe("slipsFor: the same number in another unit of the field", () => {
  test("platelets 60 000 ×10⁹/L is 60 000 /µL, 60 ×10⁹/L; 600.00 is never offered", () => {
    expect(slipsFor("labs.plateletsE9PerL", 60_000, "×10⁹/L", false)).toEqual([unit(60_000, "/µL", 60)]);
  });

  test("platelets 3 000 000 ×10⁹/L is the top of the /µL range, inside; 3 000 001 is just outside", () => {
    expect(slipsFor("labs.plateletsE9PerL", 3_000_000, "×10⁹/L", false)).toEqual([unit(3_000_000, "/µL", 3000)]);
    expect(slipsFor("labs.plateletsE9PerL", 3_000_001, "×10⁹/L", false)).toEqual([]);
  });

  test("113 °C is the top of the °F range, inside; 114 °C is outside both", () => {
    expect(slipsFor("vitals.temperatureMaxC", 113, "°C", false)).toEqual([unit(113, "°F", 45)]);
    expect(slipsFor("vitals.temperatureMaxC", 114, "°C", false)).toEqual([]);
  });

  test("86 °C is the foot of the °F range, inside; 85 °C is outside both", () => {
    expect(slipsFor("vitals.temperatureMaxC", 86, "°C", false)).toEqual([unit(86, "°F", 30)]);
    expect(slipsFor("vitals.temperatureMaxC", 85, "°C", false)).toEqual([]);
  });

  test("typed in °F, a Celsius number is offered back: 38.5 °F is 38.5 °C", () => {
    expect(slipsFor("vitals.temperatureMaxC", 38.5, "°F", true)).toEqual([unit(38.5, "°C", 38.5)]);
  });

  test("a unit with the same scale as the one typed is never offered (×10³/µL is ×10⁹/L)", () => {
    expect(slipsFor("labs.plateletsE9PerL", 60_000, "×10⁹/L", false).map((slip) => slip.kind === "unit" && slip.unit)).not.toContain("×10³/µL");
  });
});

describe("slipsFor: both, neither, and whole numbers", () => {
  test("haemoglobin 125 g/dL may be 125 g/L or 12.5 g/dL: both are offered, the unit first", () => {
    expect(slipsFor("labs.hemoglobinGPerDl", 125, "g/dL", false)).toEqual([unit(125, "g/L", 12.5), point(12.5)]);
  });

  test("creatinine 88 mg/dL may be 88 µmol/L or 8.8 mg/dL", () => {
    const [first, second] = slipsFor("labs.creatinineMgPerDl", 88, "mg/dL", false);
    expect(first).toMatchObject({ kind: "unit", value: 88, unit: "µmol/L" });
    expect(second).toEqual(point(8.8));
  });

  test.each([
    ["a temperature of 451 °C", "vitals.temperatureMaxC", 451, "°C"],
    ["a heart rate of 1000 /min (100.0 would end on a zero it did not have)", "vitals.heartRateBpm", 1000, "/min"],
    ["a negative ferritin", "labs.ferritinNgPerMl", -5, "ng/mL"],
    ["an SpO₂ of 5 % (no point to move right)", "vitals.spo2Percent", 5, "%"],
  ] as const)("no suggestion when no reading is plausible: %s", (_what, path, value, inUnit) => {
    expect(slipsFor(path, value, inUnit, false)).toEqual([]);
  });

  test.each([
    ["a value inside the range (39.2 °C)", "vitals.temperatureMaxC", 39.2, "°C"],
    ["the range's top (45 °C)", "vitals.temperatureMaxC", 45, "°C"],
    ["the range's foot (30 °C)", "vitals.temperatureMaxC", 30, "°C"],
    ["platelets 3 000 ×10⁹/L", "labs.plateletsE9PerL", 3000, "×10⁹/L"],
  ] as const)("no suggestion for %s", (_what, path, value, inUnit) => {
    expect(slipsFor(path, value, inUnit, true)).toEqual([]);
  });

  test.each([
    ["20 vasopressors", "vitals.vasopressorsExcludingVasopressin", 20],
    ["6 vasopressors, just over the top", "vitals.vasopressorsExcludingVasopressin", 6],
    ["ICE naming 21", "neuro.iceItems.naming", 21],
    ["a CAPD total of 321", "neuro.capdScore", 321],
  ] as const)("a whole-number field never gets one: %s", (_what, path, value) => {
    expect(slipsFor(path, value, NUMERIC_FIELDS[path].unit, false)).toEqual([]);
  });
});

describe("slipsFor: properties over every field and unit", () => {
  const paths = Object.keys(NUMERIC_FIELDS) as NumericFieldPath[];
  const typed = fc
    .constantFrom(...paths)
    .chain((path) => fc.record({ path: fc.constant(path), unit: fc.constantFrom(...unitsFor(path)), value: fc.double({ min: -1e7, max: 1e7, noNaN: true }), withDecimals: fc.boolean() }));

  test("at most two suggestions, each plausible, none for a plausible value, the typed unit never offered again", () => {
    fc.assert(
      fc.property(typed, ({ path, unit: typedUnit, value, withDecimals }) => {
        const slips = slipsFor(path, value, typedUnit, withDecimals);
        const { min, max } = rangeIn(path, typedUnit);
        expect(slips.length).toBeLessThanOrEqual(MOST_SLIPS);
        if (value >= min && value <= max) expect(slips).toEqual([]);
        for (const slip of slips) {
          switch (slip.kind) {
            case "decimal-point":
              expect(slip.value).toBeGreaterThanOrEqual(min);
              expect(slip.value).toBeLessThanOrEqual(max);
              break;
            case "unit": {
              const other = rangeIn(path, slip.unit);
              expect(slip.unit).not.toBe(typedUnit);
              expect(slip.value).toBe(value);
              expect(slip.value).toBeGreaterThanOrEqual(other.min);
              expect(slip.value).toBeLessThanOrEqual(other.max);
              break;
            }
          }
        }
      }),
    );
  });
});
