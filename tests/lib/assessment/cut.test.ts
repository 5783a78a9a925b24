/**
 * A published threshold compared as a canonical cut (lib/assessment/cut.ts) answers exactly as
 * converting the value to the published unit and comparing there: at every published threshold,
 * at the cut and the doubles around it, at the published value itself entered in its own unit,
 * across the field's range, and through `meets` in and out of a screening.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, validateAssessment, type Assessment } from "@/lib/assessment";
import { cutOf, holds, isMet, type Comparison } from "@/lib/assessment/cut";
import { anyOf } from "@/lib/assessment/judgement";
import { assessmentArbitrary } from "../arbitraries";
import { meets, meetsAny, pointsRange, withFieldValues, type PointBands, type Threshold } from "@/lib/assessment/read";
import { HSCORE_AST, HSCORE_FERRITIN, HSCORE_FIBRINOGEN, HSCORE_TEMPERATURE, HSCORE_TRIGLYCERIDES } from "@/lib/scores/hscore";
import { ISTH_FIBRINOGEN, ISTH_PLATELETS, ISTH_PT } from "@/lib/scores/isth-dic";
import { CHIS_THRESHOLDS } from "@/lib/scores/chis";
import { thresholdsOf } from "@/lib/scores/field-thresholds";
import { INSTRUMENT_IDS } from "@/lib/scores";
import { FIELD_QUANTITY, fromCanonical, isIdentity, settle, toCanonical, type Quantity, type UnitOf } from "@/lib/units";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

const view = new DataView(new ArrayBuffer(8));
/** The double `steps` places above (or below, when negative) x. */
function stepped(x: number, steps: number): number {
  let y = x;
  for (let i = 0; i < Math.abs(steps); i++) {
    if (y === 0) y = steps > 0 ? Number.MIN_VALUE : -Number.MIN_VALUE;
    else {
      view.setFloat64(0, y);
      const bits = view.getBigUint64(0);
      view.setBigUint64(0, (y > 0) === steps > 0 ? bits + 1n : bits - 1n);
      y = view.getFloat64(0);
    }
  }
  return y;
}

const PUBLISHED: readonly Threshold[] = INSTRUMENT_IDS.flatMap((id) => thresholdsOf(id).map((t) => t.threshold));

/** The canonical value of a threshold entered in its own unit, as the form stores it. */
function enteredInItsUnit(t: Threshold): number {
  const quantity = (FIELD_QUANTITY as Record<string, Quantity>)[t.path];
  return quantity === undefined ? t.value : toCanonical(quantity, t.unit as UnitOf<typeof quantity>, t.value);
}

/** Values around a threshold worth checking: the cut and its neighbours, the entered value and its neighbours, the range ends. */
function probes(t: Threshold, at: number): number[] {
  const field = NUMERIC_FIELDS[t.path];
  const around = (x: number) => (Number.isFinite(x) ? Array.from({ length: 9 }, (_, i) => stepped(x, i - 4)) : []);
  return [...around(at), ...around(enteredInItsUnit(t)), field.min, field.max];
}

/**
 * The value in the threshold's unit, worked out from lib/units alone (not read.ts's conversion,
 * which the cuts use): a canonical value compares as it is, a converted one with its round-trip noise settled.
 */
function published(t: { readonly path: string; readonly unit: string }, canonical: number): number {
  const quantity = (FIELD_QUANTITY as Record<string, Quantity>)[t.path];
  if (quantity === undefined || isIdentity(quantity, t.unit as UnitOf<typeof quantity>)) return canonical;
  return settle(fromCanonical(quantity, t.unit as UnitOf<typeof quantity>, canonical));
}

const direct = (t: Threshold, canonical: number) => holds(t.comparison, published(t, canonical), t.value);
const cutFor = (t: Threshold) => cutOf((v) => published(t, v), t.comparison, t.value);

const POINT_TABLES: readonly PointBands[] = [HSCORE_TEMPERATURE, HSCORE_FERRITIN, HSCORE_TRIGLYCERIDES, HSCORE_FIBRINOGEN, HSCORE_AST, ISTH_PLATELETS, ISTH_PT, ISTH_FIBRINOGEN];

/** The points a table gives a canonical value, straight from its bands: the highest band that holds. */
function pointsDirect(table: PointBands, canonical: number): number {
  let points = 0;
  for (const band of table.bands) if (holds(band.comparison, published(table, canonical), band.value)) points = Math.max(points, band.points);
  return points;
}

function assessmentWith(path: string, value: number): Assessment {
  const [section, field] = path.split(".") as [string, string];
  const result = validateAssessment({ schemaVersion: 1, [section]: { [field]: value } });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.assessment;
}

describe("published thresholds as canonical cuts", () => {
  test("there are thresholds in published units other than the canonical one", () => {
    expect(PUBLISHED.length).toBeGreaterThan(40);
    expect(PUBLISHED.some((t) => t.unit !== NUMERIC_FIELDS[t.path].unit)).toBe(true);
  });

  test.each(PUBLISHED.map((t) => [`${t.path} ${t.comparison} ${t.value} ${t.unit}`, t] as const))("%s: the cut answers as the conversion does", (_name, t) => {
    const cut = cutFor(t);
    for (const v of probes(t, cut.at)) expect(isMet(cut, v), `${v}`).toBe(direct(t, v));
    // The value entered in the published unit meets an inclusive comparison and fails a strict one.
    expect(isMet(cut, enteredInItsUnit(t))).toBe(t.comparison === ">=" || t.comparison === "<=");
  });

  test.each(PUBLISHED.map((t) => [`${t.path} ${t.comparison} ${t.value} ${t.unit}`, t] as const))("%s: across the field's range", (_name, t) => {
    const cut = cutFor(t);
    const field = NUMERIC_FIELDS[t.path];
    fc.assert(
      fc.property(fc.double({ min: field.min, max: field.max, noNaN: true }), (v) => isMet(cut, v) === direct(t, v)),
      { numRuns: RUNS },
    );
  });

  test("meets() answers as the conversion does, in and out of a screening, at the cut and around it", () => {
    for (const t of PUBLISHED) {
      const field = NUMERIC_FIELDS[t.path];
      for (const v of probes(t, cutFor(t).at).filter((x) => x >= field.min && x <= field.max)) {
        const a = assessmentWith(t.path, v);
        const want = direct(t, v);
        expect(meets(a, t).value, `${t.path} ${t.comparison} ${t.value} at ${v}`).toBe(want);
        expect(withFieldValues(a, () => meets(a, t).value)).toBe(want);
      }
    }
  });

  test("points tables score every value as their bands do, in and out of a screening, and range over the field when unknown", () => {
    for (const table of POINT_TABLES) {
      const field = NUMERIC_FIELDS[table.path];
      const cuts = table.bands.map((band) => cutFor({ path: table.path, unit: table.unit, comparison: band.comparison, value: band.value }).at);
      const values = cuts.flatMap((at) => Array.from({ length: 7 }, (_, i) => stepped(at, i - 3))).filter((v) => v >= field.min && v <= field.max);
      for (const v of [...values, field.min, field.max]) {
        const a = assessmentWith(table.path, v);
        const want = pointsDirect(table, v);
        expect(pointsRange(a, table), `${table.path} at ${v}`).toEqual({ min: want, max: want, missing: [] });
        expect(withFieldValues(a, () => pointsRange(a, table))).toEqual({ min: want, max: want, missing: [] });
      }
      const [low, high] = [pointsDirect(table, field.min), pointsDirect(table, field.max)];
      const unknown = validateAssessment({ schemaVersion: 1 });
      if (!unknown.ok) throw new Error("the empty assessment is valid");
      expect(pointsRange(unknown.assessment, table)).toEqual({ min: Math.min(low, high), max: Math.max(low, high), missing: low === high ? [] : [table.path] });
    }
  });

  test("meetsAny, which stops at the first threshold met, answers as anyOf over all of them", () => {
    const { il6: t1, triglycerides: t2, crp: t3 } = CHIS_THRESHOLDS;
    fc.assert(
      fc.property(assessmentArbitrary("any"), (input) => {
        const result = validateAssessment(input);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
        const a = result.assessment;
        expect(meetsAny(a, t1, t2)).toEqual(anyOf(meets(a, t1), meets(a, t2)));
        expect(meetsAny(a, t1, t2, t3)).toEqual(anyOf(meets(a, t1), meets(a, t2), meets(a, t3)));
      }),
      { numRuns: RUNS },
    );
  });

  test("any monotone conversion (scale, offset, settled) and comparison, over any finite doubles", () => {
    const comparisons: readonly Comparison[] = [">=", ">", "<=", "<"];
    fc.assert(
      fc.property(
        fc.constantFrom(...comparisons),
        fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e6, -1e6, 999999.9999999999)),
        fc.constantFrom(1, 10, 0.1, 1.8, 88.57),
        fc.constantFrom(0, 32, -32),
        fc.array(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -0, 1e6, -1e6, 1e6 / 1.8)), { minLength: 1, maxLength: 20 }),
        (comparison, threshold, scale, offset, values) => {
          const convert = (v: number) => settle(v * scale + offset);
          const cut = cutOf(convert, comparison, threshold);
          for (const v of [...values, cut.at, stepped(cut.at, -1), stepped(cut.at, 1)].filter(Number.isFinite)) {
            expect(isMet(cut, v)).toBe(holds(comparison, convert(v), threshold));
          }
        },
      ),
      { numRuns: RUNS },
    );
  });
});
