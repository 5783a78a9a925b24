/**
 * `meets` and `pointsRange` (lib/assessment/read.ts) at every published threshold: a value entered
 * in the published unit is exactly on the threshold, so an inclusive comparison (≥, ≤) is met and a
 * strict one (>, <) is not; an unknown field is open exactly when its plausible range straddles the
 * threshold.
 */
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, validateAssessment, type Assessment } from "@/lib/assessment";
import { holds, inUnit, meets, pointsAt, pointsRange, type PointBands, type Threshold } from "@/lib/assessment/read";
import { INSTRUMENT_IDS } from "@/lib/scores";
import { thresholdsOf } from "@/lib/scores/field-thresholds";
import { HSCORE_AST, HSCORE_FERRITIN, HSCORE_FIBRINOGEN, HSCORE_TEMPERATURE, HSCORE_TRIGLYCERIDES } from "@/lib/scores/hscore";
import { ISTH_FIBRINOGEN, ISTH_PLATELETS, ISTH_PT } from "@/lib/scores/isth-dic";
import { FIELD_QUANTITY, toCanonical, type Quantity, type UnitOf } from "@/lib/units";

const PUBLISHED: readonly Threshold[] = INSTRUMENT_IDS.flatMap((id) => thresholdsOf(id).map((t) => t.threshold));
const POINT_TABLES: readonly PointBands[] = [HSCORE_TEMPERATURE, HSCORE_FERRITIN, HSCORE_TRIGLYCERIDES, HSCORE_FIBRINOGEN, HSCORE_AST, ISTH_PLATELETS, ISTH_PT, ISTH_FIBRINOGEN];

/** The canonical value the form stores for a value entered in `unit`. */
function entered(t: { readonly path: string; readonly unit: string }, value: number): number {
  const quantity = (FIELD_QUANTITY as Record<string, Quantity>)[t.path];
  return quantity === undefined ? value : toCanonical(quantity, t.unit as UnitOf<typeof quantity>, value);
}

function assessmentWith(path: string, value?: number): Assessment {
  const [section, field] = path.split(".") as [string, string];
  const result = validateAssessment(value === undefined ? { schemaVersion: 1 } : { schemaVersion: 1, [section]: { [field]: value } });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.assessment;
}

const name = (t: Threshold) => `${t.path} ${t.comparison} ${t.value} ${t.unit}`;

describe("meets: a published threshold judged in its published unit", () => {
  test("there are thresholds published in units other than the canonical one", () => {
    expect(PUBLISHED.length).toBeGreaterThan(40);
    expect(PUBLISHED.some((t) => t.unit !== NUMERIC_FIELDS[t.path].unit)).toBe(true);
  });

  test.each(PUBLISHED.map((t) => [name(t), t] as const))("%s: the published value itself meets ≥ and ≤, not > and <", (_name, t) => {
    const canonical = entered(t, t.value);
    expect(inUnit(t.path, t.unit, canonical)).toBe(t.value);
    const field = NUMERIC_FIELDS[t.path];
    if (canonical < field.min || canonical > field.max) return; // not enterable (e.g. a threshold beyond the plausible range)
    expect(meets(assessmentWith(t.path, canonical), t)).toEqual({ value: t.comparison === ">=" || t.comparison === "<=", missing: [] });
  });

  test.each(PUBLISHED.map((t) => [name(t), t] as const))("%s: unknown is open exactly when the plausible range straddles it", (_name, t) => {
    const field = NUMERIC_FIELDS[t.path];
    const atMin = holds(t.comparison, inUnit(t.path, t.unit, field.min), t.value);
    const atMax = holds(t.comparison, inUnit(t.path, t.unit, field.max), t.value);
    expect(meets(assessmentWith(t.path), t)).toEqual(atMin === atMax ? { value: atMin, missing: [] } : { value: null, missing: [t.path] });
  });
});

describe("pointsRange: a points table over one field", () => {
  test.each(POINT_TABLES.map((table) => [table.path, table] as const))("%s: each band's published value scores as published, and unknown spans the field", (_path, table) => {
    for (const band of table.bands) {
      const inclusive = band.comparison === ">=" || band.comparison === "<=";
      const points = pointsAt(table, entered(table, band.value));
      // On the edge, an inclusive band scores (at least) its points; a strict one scores less than them.
      if (inclusive) expect(points).toBeGreaterThanOrEqual(band.points);
      else expect(points).toBeLessThan(band.points);
    }
    const field = NUMERIC_FIELDS[table.path];
    const [low, high] = [pointsAt(table, field.min), pointsAt(table, field.max)];
    expect(pointsRange(assessmentWith(table.path), table)).toEqual({ min: Math.min(low, high), max: Math.max(low, high), missing: low === high ? [] : [table.path] });
  });
});
