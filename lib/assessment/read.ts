/**
 * Reading an Assessment with unknowns kept unknown, and judging a published threshold on it. A
 * number nobody entered ranges over its whole plausible range (../shared/spec/ASSESSMENT.md: "each
 * unknown input ranges independently over its whole plausible range"); a tri-state nobody entered
 * is open; an option nobody chose can be any of its options.
 */
import { ENUM_FIELDS, FIELD_PATHS, NUMERIC_FIELDS } from "./fields";
import type { EnumFieldPath, NumericField, NumericFieldPath, TriStateFieldPath } from "./fields";
import { open, settled, type Judgement } from "./judgement";
import type { Assessment } from "./schema";
import { FIELD_QUANTITY, fromCanonical, isIdentity, settle, type Quantity, type UnitOf } from "../units";

/**
 * Each field path's keys (`labs.ferritinNgPerMl` → `labs`, `ferritinNgPerMl`), split once. Kept for
 * a measured reason (issue 29; `npm run bench`, 10 000 assessments, CPU time, runs interleaved with
 * and without it): incomplete assessments reach 19 200–20 300 /s with it, 12 600 when each read
 * splits its path (load average 6; the budget is 20 000); complete ones 25 600–27 700 and
 * 16 400–18 200 (budget 40 000). docs/performance.md, "One path per feature", has every run.
 */
const KEYS: Readonly<Record<string, readonly string[]>> = Object.fromEntries(FIELD_PATHS.map((path) => [path, path.split(".")]));

/** The value at a dotted field path (`labs.ferritinNgPerMl`); undefined when a section on the way is absent. */
export function valueAt(assessment: unknown, path: string): unknown {
  let node = assessment;
  for (const key of KEYS[path] ?? path.split(".")) {
    if (node == null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** A numeric field as a range: the value entered, or its whole plausible range when unknown. */
export interface Reading {
  readonly path: NumericFieldPath;
  readonly known: boolean;
  /** Lowest and highest value it can take, canonical unit (equal when known). */
  readonly low: number;
  readonly high: number;
}

export function readNumber(assessment: Assessment, path: NumericFieldPath): Reading {
  const value = valueAt(assessment, path);
  if (typeof value === "number") return { path, known: true, low: value, high: value };
  const field: NumericField = NUMERIC_FIELDS[path];
  return { path, known: false, low: field.min, high: field.max };
}

/** A numeric field's value as entered, or undefined when unknown (for rules that only ask whether it is known and what it is). */
export function readValue(assessment: Assessment, path: NumericFieldPath): number | undefined {
  const value = valueAt(assessment, path);
  return typeof value === "number" ? value : undefined;
}

/** A tri-state finding: present, absent, or open (not assessed). */
export function readFinding(assessment: Assessment, path: TriStateFieldPath): Judgement {
  const value = valueAt(assessment, path);
  return typeof value === "boolean" ? settled(value) : open(path);
}

type EnumValue<P extends EnumFieldPath> = keyof (typeof ENUM_FIELDS)[P]["options"] & string;

/** The values an enumerated field can take: the one entered, or every option when unknown. */
export interface Choice<P extends EnumFieldPath> {
  readonly known: boolean;
  readonly values: readonly EnumValue<P>[];
}

export function readChoice<P extends EnumFieldPath>(assessment: Assessment, path: P): Choice<P> {
  const value = valueAt(assessment, path);
  if (typeof value === "string") return { known: true, values: [value as EnumValue<P>] };
  return { known: false, values: Object.keys(ENUM_FIELDS[path].options) as EnumValue<P>[] };
}

export type Comparison = ">=" | ">" | "<=" | "<";

/** A published threshold on one field, in the unit it was published in. */
export interface Threshold {
  readonly path: NumericFieldPath;
  readonly comparison: Comparison;
  readonly value: number;
  /** The published unit; one of the field's convertible units, or its canonical unit. */
  readonly unit: string;
  /** Decimals the paper prints ("38.0 °C", "5.0 ×10⁹/L"), when it keeps a trailing zero; the words are built from the value with them. */
  readonly decimals?: number;
}

export function holds(comparison: Comparison, value: number, threshold: number): boolean {
  switch (comparison) {
    case ">=":
      return value >= threshold;
    case ">":
      return value > threshold;
    case "<=":
      return value <= threshold;
    case "<":
      return value < threshold;
  }
}

/**
 * A canonical value expressed in a threshold's published unit (lib/units), with the round-trip
 * noise of the conversion settled, so that a value entered in the published unit compares exactly
 * as published (360 mg/dL stored as 3.6 g/L is 360, not 360.00000000000006). A value in the
 * canonical unit is compared as it is: no conversion, so no noise to settle.
 */
export function inUnit(path: NumericFieldPath, unit: string, canonical: number): number {
  const quantity: Quantity | undefined = (FIELD_QUANTITY as Record<string, Quantity>)[path];
  if (quantity === undefined) {
    if (unit !== NUMERIC_FIELDS[path].unit) throw new RangeError(`${path} is only published in ${NUMERIC_FIELDS[path].unit}, not ${unit}`);
    return canonical;
  }
  const u = unit as UnitOf<typeof quantity>;
  return isIdentity(quantity, u) ? canonical : settle(fromCanonical(quantity, u, canonical));
}

/**
 * Does the field meet the published threshold? Read the value, express it in the published unit,
 * compare. An unknown value ranges over the field's plausible range; every comparison is monotone
 * in the value, so the two ends of the range decide: when both agree the answer is settled, else
 * it is open on this field. Exact.
 */
export function meets(assessment: Assessment, threshold: Threshold): Judgement {
  const { path, comparison, value, unit } = threshold;
  const met = (canonical: number) => holds(comparison, inUnit(path, unit, canonical), value);
  const entered = readValue(assessment, path);
  if (entered !== undefined) return settled(met(entered));
  const field: NumericField = NUMERIC_FIELDS[path];
  const atMin = met(field.min);
  return atMin === met(field.max) ? settled(atMin) : open(path);
}

/** A points table over one field: the highest band whose threshold holds scores (0 when none). */
export interface PointBands {
  readonly path: NumericFieldPath;
  readonly unit: string;
  /** Decimals the paper prints ("1.0 g/L"), when it keeps a trailing zero. */
  readonly decimals?: number;
  readonly bands: readonly { readonly comparison: Comparison; readonly value: number; readonly points: number }[];
}

/** Lowest and highest points a field can still score, and the field when unknown data leave them apart. */
export interface PointRange {
  readonly min: number;
  readonly max: number;
  readonly missing: readonly string[];
}

/** The points a table gives a canonical value. */
function pointsAt(table: PointBands, canonical: number): number {
  const value = inUnit(table.path, table.unit, canonical);
  let points = 0;
  for (const band of table.bands) if (holds(band.comparison, value, band.value)) points = Math.max(points, band.points);
  return points;
}

/** The points a field can still score. Bands are monotone in the value, so the ends of its range decide. */
export function pointsRange(assessment: Assessment, table: PointBands): PointRange {
  const reading = readNumber(assessment, table.path);
  const a = pointsAt(table, reading.low);
  const b = pointsAt(table, reading.high);
  return { min: Math.min(a, b), max: Math.max(a, b), missing: a === b ? [] : [table.path] };
}
