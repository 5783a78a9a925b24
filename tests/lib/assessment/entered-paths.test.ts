import { describe, expect, test } from "vitest";
import { enteredFieldPaths } from "@/lib/assessment/entered-paths";

describe("enteredFieldPaths", () => {
  test("lists the fields holding a value in the form's order; absent and null are unknown, false and 0 are values", () => {
    expect(enteredFieldPaths({ schemaVersion: 1 })).toEqual([]);
    expect(
      enteredFieldPaths({ schemaVersion: 1, labs: { ferritinNgPerMl: 0, plateletsE9PerL: null }, findings: { splenomegaly: false }, vitals: { temperatureMaxC: 39.2 } }),
    ).toEqual(["vitals.temperatureMaxC", "findings.splenomegaly", "labs.ferritinNgPerMl"]);
  });
});
