/**
 * `meets` and `pointsRange` (lib/assessment/read.ts): at every published threshold, a value entered
 * in the published unit is exactly on the threshold, so an inclusive comparison (≥, ≤) is met and a
 * strict one (>, <) is not. Then the papers' own cut-offs and points tables
 * (../shared/clinical/INSTRUMENTS.md), each with a value entered on either side and the verdict or
 * points the paper gives it written out, and an unknown value, which leaves the verdict open.
 */
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, validateAssessment, type Assessment } from "@/lib/assessment";
import { inUnit, meets, pointsRange, type PointBands, type Threshold } from "@/lib/assessment/read";
import { INSTRUMENT_IDS } from "@/lib/scores";
import { thresholdsOf } from "@/lib/scores";
import { HSCORE_AST, HSCORE_FERRITIN, HSCORE_FIBRINOGEN, HSCORE_TEMPERATURE, HSCORE_TRIGLYCERIDES } from "@/lib/scores/hscore";
import { ISTH_FIBRINOGEN, ISTH_PLATELETS, ISTH_PT } from "@/lib/scores/isth-dic";
import { FIELD_QUANTITY, toCanonical, type Quantity, type UnitOf } from "@/lib/units";

const PUBLISHED: readonly Threshold[] = INSTRUMENT_IDS.flatMap((id) => thresholdsOf(id).map((t) => t.threshold));

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
});


/** A published cut-off and values entered on either side of it, in the published unit, with the paper's verdict. */
interface CutOff {
  readonly source: string;
  readonly threshold: Threshold;
  readonly sides: readonly (readonly [entered: number, met: boolean])[];
}

const CUT_OFFS: readonly CutOff[] = [
  { source: "MAS 2016: ferritin > 684 ng/mL", threshold: { path: "labs.ferritinNgPerMl", comparison: ">", value: 684, unit: "ng/mL" }, sides: [[684, false], [685, true]] },
  { source: "MAS 2016: platelets ≤ 181 ×10⁹/L", threshold: { path: "labs.plateletsE9PerL", comparison: "<=", value: 181, unit: "×10⁹/L" }, sides: [[181, true], [182, false]] },
  { source: "MAS 2016: AST > 48 U/L", threshold: { path: "labs.astUPerL", comparison: ">", value: 48, unit: "U/L" }, sides: [[48, false], [49, true]] },
  { source: "MAS 2016: triglycerides > 156 mg/dL", threshold: { path: "labs.triglyceridesMmolPerL", comparison: ">", value: 156, unit: "mg/dL" }, sides: [[156, false], [157, true]] },
  { source: "MAS 2016: fibrinogen ≤ 360 mg/dL", threshold: { path: "labs.fibrinogenGPerL", comparison: "<=", value: 360, unit: "mg/dL" }, sides: [[360, true], [361, false]] },
  { source: "HLH-2004: ferritin ≥ 500 ng/mL", threshold: { path: "labs.ferritinNgPerMl", comparison: ">=", value: 500, unit: "ng/mL" }, sides: [[499, false], [500, true]] },
  { source: "HLH-2004: triglycerides ≥ 265 mg/dL", threshold: { path: "labs.triglyceridesMmolPerL", comparison: ">=", value: 265, unit: "mg/dL" }, sides: [[264, false], [265, true]] },
  { source: "HLH-2004: triglycerides ≥ 3.0 mmol/L", threshold: { path: "labs.triglyceridesMmolPerL", comparison: ">=", value: 3, unit: "mmol/L" }, sides: [[2.9, false], [3, true]] },
  { source: "HLH-2004: haemoglobin < 90 g/L", threshold: { path: "labs.hemoglobinGPerDl", comparison: "<", value: 90, unit: "g/L" }, sides: [[89, true], [90, false]] },
  { source: "cHIS: fever > 38.0 °C", threshold: { path: "vitals.temperatureMaxC", comparison: ">", value: 38, unit: "°C" }, sides: [[38, false], [38.1, true]] },
  { source: "cHIS: D-dimer ≥ 1.5 µg/mL FEU", threshold: { path: "labs.dDimerNgPerMlFeu", comparison: ">=", value: 1.5, unit: "µg/mL FEU" }, sides: [[1.4, false], [1.5, true]] },
  { source: "cHIS: CRP ≥ 15 mg/dL", threshold: { path: "labs.crpMgPerL", comparison: ">=", value: 15, unit: "mg/dL" }, sides: [[14.9, false], [15, true]] },
  { source: "qSOFA: respiratory rate ≥ 22/min", threshold: { path: "vitals.respiratoryRatePerMin", comparison: ">=", value: 22, unit: "/min" }, sides: [[21, false], [22, true]] },
  { source: "qSOFA: systolic BP ≤ 100 mmHg", threshold: { path: "vitals.systolicBpMmHg", comparison: "<=", value: 100, unit: "mmHg" }, sides: [[100, true], [101, false]] },
];

describe("meets: the papers' cut-offs, a value on either side", () => {
  test.each(CUT_OFFS.map((c) => [c.source, c] as const))("%s is one of the thresholds the instruments judge", (_source, { threshold }) => {
    expect(PUBLISHED).toContainEqual(expect.objectContaining(threshold));
  });

  test.each(CUT_OFFS.flatMap((c) => c.sides.map(([value, met]) => [c.source, value, c.threshold.unit, met ? "met" : "not met", c.threshold, met] as const)))(
    "%s: %s %s is %s",
    (_source, value, _unit, _words, threshold, met) => {
      expect(meets(assessmentWith(threshold.path, entered(threshold, value)), threshold)).toEqual({ value: met, missing: [] });
    },
  );

  test.each(CUT_OFFS.map((c) => [c.source, c] as const))("%s: unknown is open, on that field", (_source, { threshold }) => {
    expect(meets(assessmentWith(threshold.path), threshold)).toEqual({ value: null, missing: [threshold.path] });
  });
});

/** A points table and values entered on either side of its band edges, in the table's unit, with the paper's points. */
interface PointsCase {
  readonly source: string;
  readonly table: PointBands;
  readonly points: readonly (readonly [entered: number, points: number])[];
  /** What an unknown value can still score. */
  readonly unknown: readonly [min: number, max: number];
}

const POINTS: readonly PointsCase[] = [
  { source: "HScore temperature (< 38.4 / 38.4–39.4 / > 39.4 °C: 0 / 33 / 49)", table: HSCORE_TEMPERATURE, points: [[38.3, 0], [38.4, 33], [39.4, 33], [39.5, 49]], unknown: [0, 49] },
  { source: "HScore ferritin (< 2000 / 2000–6000 / > 6000 ng/mL: 0 / 35 / 50)", table: HSCORE_FERRITIN, points: [[1999, 0], [2000, 35], [6000, 35], [6001, 50]], unknown: [0, 50] },
  { source: "HScore triglycerides (< 1.5 / 1.5–4 / > 4 mmol/L: 0 / 44 / 64)", table: HSCORE_TRIGLYCERIDES, points: [[1.4, 0], [1.5, 44], [4, 44], [4.1, 64]], unknown: [0, 64] },
  { source: "HScore fibrinogen (> 2.5 / ≤ 2.5 g/L: 0 / 30)", table: HSCORE_FIBRINOGEN, points: [[2.6, 0], [2.5, 30]], unknown: [0, 30] },
  { source: "HScore AST (< 30 / ≥ 30 U/L: 0 / 19)", table: HSCORE_AST, points: [[29, 0], [30, 19]], unknown: [0, 19] },
  { source: "ISTH platelets (≥ 100 / 50 to < 100 / < 50 ×10⁹/L: 0 / 1 / 2)", table: ISTH_PLATELETS, points: [[100, 0], [99, 1], [50, 1], [49, 2]], unknown: [0, 2] },
  { source: "ISTH PT prolongation (< 3 / 3 to < 6 / ≥ 6 s: 0 / 1 / 2)", table: ISTH_PT, points: [[2.9, 0], [3, 1], [5.9, 1], [6, 2]], unknown: [0, 2] },
  { source: "ISTH fibrinogen (≥ 1.0 / < 1.0 g/L: 0 / 1)", table: ISTH_FIBRINOGEN, points: [[1, 0], [0.9, 1]], unknown: [0, 1] },
];

describe("pointsRange: the papers' points tables, a value on either side of each edge", () => {
  test.each(POINTS.flatMap((c) => c.points.map(([value, points]) => [c.source, value, points, c.table] as const)))("%s: %s scores %s", (_source, value, points, table) => {
    expect(pointsRange(assessmentWith(table.path, entered(table, value)), table)).toEqual({ min: points, max: points, missing: [] });
  });

  test.each(POINTS.map((c) => [c.source, c] as const))("%s: unknown can score anything from the lowest band to the highest", (_source, { table, unknown: [min, max] }) => {
    expect(pointsRange(assessmentWith(table.path), table)).toEqual({ min, max, missing: [table.path] });
  });
});
