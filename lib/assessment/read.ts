import { ENUM_FIELDS, NUMERIC_FIELDS } from "./fields";
import type { EnumFieldPath, NumericField, NumericFieldPath, TriStateFieldPath } from "./fields";
import { cutOf, isMet, type Comparison, type Cut } from "./cut";
import { anyOf, NOTHING_MISSING, settled, type Judgement } from "./judgement";
import type { Assessment } from "./schema";
import { emptyFieldValues, FIELD_INDEX, NUMERIC_FIELD_COUNT, readFieldValues, type FieldValues } from "./field-values";
import { FIELD_QUANTITY, fromCanonical, isIdentity, settle, type Quantity, type UnitOf } from "../units";

export type { Comparison };

/**
 * Reading an Assessment with unknowns kept unknown. A number nobody entered ranges over its whole
 * plausible range (../shared/spec/ASSESSMENT.md: "each unknown input ranges independently over its
 * whole plausible range"); a tri-state nobody entered is open.
 */
export interface Reading {
  readonly path: NumericFieldPath;
  readonly known: boolean;
  /** Lowest and highest value it can take, canonical unit (equal when known). */
  readonly low: number;
  readonly high: number;
}

const segments = new Map<string, readonly string[]>();

let screened: unknown = null;
let screenedNumbers: Float64Array = new Float64Array(0);
let screenedOthers: readonly unknown[] = [];
/** Field buffers by nesting depth, reused: a screening that scores another inside it gets its own. */
const buffers: FieldValues[] = [];
let depth = 0;

/**
 * Runs `score` with the assessment's fields read once (field-values.ts), so that every read of
 * that same assessment inside it is an array lookup. The buffers are reused by the next screening
 * at the same depth and hold only the field values (primitives), and nothing reads them once the
 * call returns (or throws), so scoring stays pure. The assessment must be validated and must not
 * change while `score` runs (scoring never changes it). `read`: its fields, already read (by
 * quickAccept) — used as they are when they were read from this very assessment, else ignored.
 */
export function withFieldValues<T>(assessment: Assessment, score: (assessment: Assessment) => T, read?: FieldValues): T {
  const previous = screened;
  const previousNumbers = screenedNumbers;
  const previousOthers = screenedOthers;
  let values = read;
  if (values === undefined || values.source !== assessment) {
    values = buffers[depth] ??= emptyFieldValues();
    readFieldValues(assessment, values);
  }
  depth += 1;
  screened = assessment;
  screenedNumbers = values.numbers;
  screenedOthers = values.others;
  try {
    return score(assessment);
  } finally {
    depth -= 1;
    screened = previous;
    screenedNumbers = previousNumbers;
    screenedOthers = previousOthers;
  }
}

/** The value at a dotted field path (split once per path, not per read: this is the hot path). */
export function valueAt(assessment: unknown, path: string): unknown {
  if (assessment === screened) {
    const index = FIELD_INDEX.get(path);
    if (index !== undefined) {
      if (index >= NUMERIC_FIELD_COUNT) return screenedOthers[index - NUMERIC_FIELD_COUNT];
      const number = screenedNumbers[index]!;
      // Not entered: absent or null, which the read below tells apart.
      if (number === number) return number;
    }
  }
  let keys = segments.get(path);
  if (keys === undefined) {
    keys = path.split(".");
    segments.set(path, keys);
  }
  if (keys.length === 2) {
    const section = (assessment as Record<string, Record<string, unknown> | null | undefined>)[keys[0]!];
    return section == null ? undefined : section[keys[1]!];
  }
  let node: unknown = assessment;
  for (const key of keys) {
    if (node == null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/**
 * A field's position in the screening's buffers, checked once when a reader is made: a field
 * missing from FIELD_PATHS, or on the wrong side of the numbers, would otherwise read as unknown
 * during a screening only.
 */
function positionOf(path: string, kind: "number" | "other"): number {
  const index = FIELD_INDEX.get(path);
  if (index === undefined || (index < NUMERIC_FIELD_COUNT) !== (kind === "number")) throw new RangeError(`${path} has no ${kind} position in FIELD_PATHS`);
  return index;
}

/** A reader of one numeric field, its position worked out once (see findingReader). */
export function numberReader(path: NumericFieldPath): (assessment: Assessment) => Reading {
  const index = positionOf(path, "number");
  const field: NumericField = NUMERIC_FIELDS[path];
  // An unknown field reads the same every time: one frozen reading.
  const unknown: Reading = Object.freeze({ path, known: false, low: field.min, high: field.max });
  return (assessment) => {
    const value = numberAt(assessment, path, index);
    return value === value ? { path, known: true, low: value, high: value } : unknown;
  };
}

/**
 * A reader of one numeric field's value as entered (undefined when unknown), for rules that only
 * ask whether it is known and what it is: no Reading is made per read.
 */
export function valueReader(path: NumericFieldPath): ((assessment: Assessment) => number | undefined) & { readonly path: NumericFieldPath } {
  const index = positionOf(path, "number");
  // The path goes with the reader, for the rules that list the field as missing when it is unknown.
  return Object.assign((assessment: Assessment) => {
    const value = numberAt(assessment, path, index);
    return value === value ? value : undefined;
  }, { path });
}

/** The open judgement of each tri-state field nobody entered: the same every time, one frozen object per path. */
const openFindings = new Map<string, Judgement>();

function openFinding(path: TriStateFieldPath): Judgement {
  let found = openFindings.get(path);
  if (found === undefined) {
    found = Object.freeze({ value: null, missing: Object.freeze([path]) });
    openFindings.set(path, found);
  }
  return found;
}

/**
 * A reader of one tri-state finding: present, absent, or open (not assessed). Made once per field
 * at module level, so that its position is worked out once, not looked up on every read (~30 per screening).
 */
export function findingReader(path: TriStateFieldPath): (assessment: Assessment) => Judgement {
  const index = positionOf(path, "other") - NUMERIC_FIELD_COUNT;
  const unknown = openFinding(path);
  return (assessment) => {
    const value = assessment === screened ? screenedOthers[index] : valueAt(assessment, path);
    return typeof value === "boolean" ? settled(value) : unknown;
  };
}

type EnumValue<P extends EnumFieldPath> = keyof (typeof ENUM_FIELDS)[P]["options"] & string;

/** The values an enumerated field can take: the one entered, or every option when unknown. */
export interface Choice<P extends EnumFieldPath> {
  readonly known: boolean;
  readonly values: readonly EnumValue<P>[];
}

/** A reader of one enumerated field (see findingReader); each option's reading, like the unknown one, is made once and shared, frozen. */
export function choiceReader<P extends EnumFieldPath>(path: P): (assessment: Assessment) => Choice<P> {
  const index = positionOf(path, "other") - NUMERIC_FIELD_COUNT;
  const options = Object.keys(ENUM_FIELDS[path].options) as EnumValue<P>[];
  const unknown: Choice<P> = Object.freeze({ known: false, values: Object.freeze([...options]) });
  const known = options.map((option): Choice<P> => Object.freeze({ known: true, values: Object.freeze([option]) }));
  return (assessment) => {
    const value = assessment === screened ? screenedOthers[index] : valueAt(assessment, path);
    if (typeof value !== "string") return unknown;
    // A loop over at most ten options finds one sooner than a Map (measured: the Map lookup was ~2 % of a screening).
    for (let i = 0; i < options.length; i++) if (options[i] === value) return known[i]!;
    return { known: true, values: [value as EnumValue<P>] };
  };
}


/** A published threshold on one field, in the unit it was published in. */
export interface Threshold {
  readonly path: NumericFieldPath;
  readonly comparison: Comparison;
  readonly value: number;
  /** The published unit; one of the field's convertible units, or its canonical unit. */
  readonly unit: string;
}

/**
 * A field's canonical value in a unit a threshold is published in: as it is in the canonical unit
 * (no conversion, no noise), else converted (lib/units) with the round-trip noise settled. Used once
 * per threshold, when its cut is made (cut.ts), never per read.
 */
function inPublishedUnit(path: NumericFieldPath, unit: string): (canonical: number) => number {
  const quantity: Quantity | undefined = (FIELD_QUANTITY as Record<string, Quantity>)[path];
  if (quantity === undefined) {
    if (unit !== NUMERIC_FIELDS[path].unit) throw new RangeError(`${path} is only published in ${NUMERIC_FIELDS[path].unit}, not ${unit}`);
    return (canonical) => canonical;
  }
  const u = unit as UnitOf<typeof quantity>;
  return isIdentity(quantity, u) ? (canonical) => canonical : (canonical) => settle(fromCanonical(quantity, u, canonical));
}

/** A canonical value expressed in a published unit, with unit round-trip noise settled. */
export function inUnit(path: NumericFieldPath, unit: string, canonical: number): number {
  return inPublishedUnit(path, unit)(canonical);
}

/**
 * What a threshold or points table needs on every read, worked out once per object (they are
 * module constants): the field's position, the published comparison as a canonical cut (cut.ts),
 * and the answer while the field is unknown, which depends on nothing else.
 */
interface CompiledThreshold {
  /** The field's position in FIELD_PATHS (-1 when it has none). */
  readonly index: number;
  readonly at: number;
  readonly up: boolean;
  readonly unknown: Judgement;
}

interface CompiledBands {
  readonly index: number;
  readonly bands: readonly (Cut & { readonly points: number })[];
  readonly unknown: PointRange;
}

interface PointRange {
  readonly min: number;
  readonly max: number;
  readonly missing: readonly string[];
}

function cutIn(path: NumericFieldPath, unit: string, comparison: Comparison, value: number): Cut {
  return cutOf(inPublishedUnit(path, unit), comparison, value);
}

/** An unknown field's judgement: settled when its whole plausible range agrees, else open on it (one frozen object). */
function unknownJudgement(path: NumericFieldPath, cut: Cut): Judgement {
  const field: NumericField = NUMERIC_FIELDS[path];
  const atLow = isMet(cut, field.min);
  return atLow === isMet(cut, field.max) ? settled(atLow) : Object.freeze({ value: null, missing: Object.freeze([path]) });
}

function compileThreshold(t: Threshold): CompiledThreshold {
  const cut = cutIn(t.path, t.unit, t.comparison, t.value);
  return { index: FIELD_INDEX.get(t.path) ?? -1, at: cut.at, up: cut.up, unknown: unknownJudgement(t.path, cut) };
}

function compileBands(table: PointBands): CompiledBands {
  const bands = table.bands.map((band) => {
    const { at, up } = cutIn(table.path, table.unit, band.comparison, band.value);
    return { at, up, points: band.points };
  });
  const field: NumericField = NUMERIC_FIELDS[table.path];
  // Bands are monotone, so the ends of the range decide.
  const a = pointsIn(bands, field.min);
  const b = pointsIn(bands, field.max);
  const unknown = Object.freeze({ min: Math.min(a, b), max: Math.max(a, b), missing: a === b ? NOTHING_MISSING : Object.freeze([table.path]) });
  return { index: FIELD_INDEX.get(table.path) ?? -1, bands, unknown };
}

/**
 * Kept on the threshold or table itself, under a symbol (not enumerable: JSON, equality and
 * spreads never see it), because a property read is several times cheaper than a WeakMap lookup
 * and `meets` is the hottest function of a screening. One that cannot be extended (frozen) falls back to the WeakMap.
 */
const COMPILED = Symbol("compiled");
const compiledOf = new WeakMap<object, unknown>();

function compiled<O extends object, C>(on: O, compile: (on: O) => C): C {
  const kept = (on as { readonly [COMPILED]?: C })[COMPILED];
  if (kept !== undefined) return kept;
  let found = compiledOf.get(on) as C | undefined;
  if (found === undefined) {
    found = compile(on);
    if (Object.isExtensible(on)) Object.defineProperty(on, COMPILED, { value: found });
    else compiledOf.set(on, found);
  }
  return found;
}

/** The number at a numeric field, NaN when not entered: unboxed from the screening's fields when it is running. */
function numberAt(assessment: Assessment, path: NumericFieldPath, index: number): number {
  if (assessment === screened && index >= 0) return screenedNumbers[index]!;
  const value = valueAt(assessment, path);
  return typeof value === "number" ? value : Number.NaN;
}

/** Does the field meet the threshold? Exact over the unknown range, since each comparison is monotone. */
export function meets(assessment: Assessment, threshold: Threshold): Judgement {
  const c = compiled(threshold, compileThreshold);
  const value = numberAt(assessment, threshold.path, c.index);
  return value === value ? settled(value >= c.at === c.up) : c.unknown;
}

/**
 * Kleene OR of two or three thresholds, read only until one is met (the answer is then met,
 * whatever the rest would say): the criteria that accept any of several laboratory values ask for
 * this by the dozen per screening.
 */
export function meetsAny(assessment: Assessment, a: Threshold, b: Threshold, c?: Threshold): Judgement {
  const first = meets(assessment, a);
  if (first.value === true) return first;
  const second = meets(assessment, b);
  if (second.value === true) return second;
  if (c === undefined) return anyOf(first, second);
  const third = meets(assessment, c);
  return third.value === true ? third : anyOf(first, second, third);
}

/** A points table over one field: the highest band whose threshold holds scores (0 when none). */
export interface PointBands {
  readonly path: NumericFieldPath;
  readonly unit: string;
  readonly bands: readonly { readonly comparison: Comparison; readonly value: number; readonly points: number }[];
}

function pointsIn(bands: CompiledBands["bands"], canonical: number): number {
  let points = 0;
  for (let i = 0; i < bands.length; i++) if (isMet(bands[i]!, canonical)) points = Math.max(points, bands[i]!.points);
  return points;
}

/** Lowest and highest points a field can still score. */
export function pointsRange(assessment: Assessment, table: PointBands): PointRange {
  const c = compiled(table, compileBands);
  const value = numberAt(assessment, table.path, c.index);
  if (value !== value) return c.unknown;
  const points = pointsIn(c.bands, value);
  return { min: points, max: points, missing: NOTHING_MISSING };
}
