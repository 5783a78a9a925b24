/** What the prerendered step's first-paint script is told to look for in the stored case (issue 31 item 1). */
import { describe, expect, test } from "vitest";
import { ICE_MIN_AGE_YEARS } from "@/lib/assessment/derived";
import { CASE_KEY, DRAFT_KEY, KEEP_KEY, PENDING_PREFIX, SCENARIO_TAG_KEY, STEPS, UNITS_KEY, dependenciesOf, stepById, unitsFor } from "@/lib/form";
import { storedLayoutHints } from "@/lib/form/stored-layout";

function step(id: string) {
  const found = stepById(id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

describe("storedLayoutHints", () => {
  test("names the storage keys the draft code uses, with this step's unsaved typing", () => {
    expect(storedLayoutHints(step("laboratory")).keys).toEqual({ draft: DRAFT_KEY, frame: CASE_KEY, keep: KEEP_KEY, units: UNITS_KEY, pending: `${PENDING_PREFIX}laboratory`, scenario: SCENARIO_TAG_KEY });
  });

  test("every answer a question of the step depends on reshapes it, and nothing else does", () => {
    for (const s of STEPS) {
      const fields = s.groups.flatMap((g) => g.fields);
      const expected = new Set<string>(fields.flatMap(dependenciesOf));
      if (fields.some((f) => f.kind === "ice-items")) for (const path of ["neuro.iceScore", "neuro.iceItems"]) expected.add(path);
      expect(new Set(storedLayoutHints(s).reshapedBy), s.id).toEqual(expected);
    }
    expect(storedLayoutHints(step("vitals")).reshapedBy).toEqual(
      expect.arrayContaining(["vitals.temperatureMaxC", "context.antipyreticOrAnticytokineGiven", "vitals.hypotension", "vitals.oxygenDevice"]),
    );
    expect(storedLayoutHints(step("laboratory")).reshapedBy).toEqual([]);
  });

  test("units: each field offered in several units, with the canonical one the prerendered step shows", () => {
    const hints = storedLayoutHints(step("laboratory"));
    expect(Object.keys(hints.canonicalUnits).length).toBeGreaterThan(5);
    for (const [path, unit] of Object.entries(hints.canonicalUnits)) {
      const offered = unitsFor(path as Parameters<typeof unitsFor>[0]);
      expect(offered.length, path).toBeGreaterThan(1);
      expect(unit, path).toBe(offered[0]);
    }
    expect(hints.canonicalUnits["labs.crpMgPerL"]).toBe("mg/L");
  });

  test("the age decides the encephalopathy test only on the neurology step", () => {
    for (const s of STEPS) expect(storedLayoutHints(s).iceFromAgeYears, s.id).toBe(s.id === "neurology" ? ICE_MIN_AGE_YEARS : null);
  });
});
