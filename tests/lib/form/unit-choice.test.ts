import { describe, expect, test } from "vitest";
import { unitOf, unitsFor } from "@/lib/form/unit-choice";
import { FIELD_QUANTITY, QUANTITIES, type ConvertibleField } from "@/lib/units";

const CONVERTIBLE = Object.keys(FIELD_QUANTITY) as ConvertibleField[];

describe("unitsFor and unitOf", () => {
  test.each(CONVERTIBLE)("%s lists its canonical unit first, then every other unit once", (path) => {
    const q = QUANTITIES[FIELD_QUANTITY[path]];
    const offered = unitsFor(path);
    expect(offered[0]).toBe(q.canonical);
    expect([...offered].sort()).toEqual(Object.keys(q.units).sort());
  });

  test("a field without conversions offers only its own unit", () => {
    expect(unitsFor("vitals.heartRateBpm")).toEqual(["/min"]);
    expect(unitsFor("context.ageYears")).toEqual(["years"]);
  });

  test("the chosen unit is used; a missing or unknown choice falls back to canonical", () => {
    expect(unitOf("vitals.temperatureMaxC", { "vitals.temperatureMaxC": "°F" })).toBe("°F");
    expect(unitOf("vitals.temperatureMaxC", {})).toBe("°C");
    expect(unitOf("vitals.temperatureMaxC", { "vitals.temperatureMaxC": "K" })).toBe("°C");
    expect(unitOf("vitals.heartRateBpm", {})).toBe("/min");
  });
});
