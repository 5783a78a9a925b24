/** Small builders shared by the instruments: criteria from judgements or point ranges, and the uniform result. */
import { addMissing, NOTHING_MISSING } from "../assessment/judgement";
import type { Judgement } from "../assessment/judgement";
import { pointsRange, type PointBands } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { INSTRUMENT_DEFINITIONS } from "./definitions";
import { highestPoints, lowestPoints, type CriterionResult, type InstrumentId, type InstrumentResult } from "./types";

/** A yes/no criterion worth `points` when met. */
export function criterionFromJudgement(id: string, judgement: Judgement, points = 1): CriterionResult {
  const met = judgement.value;
  if (met !== null) return { id, met, points: met ? points : 0, missing: false };
  return { id, met: null, points: null, missing: true, minPoints: 0, maxPoints: points, missingFields: judgement.missing };
}

/** A banded item (HScore temperature, ISTH platelets): the points its field can still score. */
export function criterionFromBands(assessment: Assessment, id: string, table: PointBands): CriterionResult {
  const range = pointsRange(assessment, table);
  return criterionFromRange(id, range.min, range.max, range.missing);
}

/** A criterion scoring between `min` and `max` points (a banded item, a domain grade). */
export function criterionFromRange(id: string, min: number, max: number, missingFields: readonly string[]): CriterionResult {
  if (min === max) return { id, met: min > 0, points: min, missing: false };
  return { id, met: min > 0 ? true : null, points: null, missing: true, minPoints: min, maxPoints: max, missingFields };
}

/** Whether a score in min..max meets "≥ threshold": settled only when both ends agree. */
export function meetsAtLeast(min: number, max: number, threshold: number): boolean | null {
  if (min >= threshold) return true;
  if (max < threshold) return false;
  return null;
}


export function unionOfMissing(criteria: readonly CriterionResult[], ...more: readonly (readonly string[])[]): readonly string[] {
  // Complete data (the common case in bulk scoring) allocates nothing.
  if (!criteria.some((c) => c.missing) && more.every((list) => list.length === 0)) return NOTHING_MISSING;
  const paths: string[] = [];
  for (const c of criteria) if (c.missing) addMissing(paths, c.missingFields);
  for (const list of more) addMissing(paths, list);
  return paths;
}

/** What an instrument says about applicability and interpretation for this assessment. */
export interface Described {
  readonly id: InstrumentId;
  readonly applicable: boolean;
  readonly applicability: string;
  readonly notes: readonly string[];
}

/**
 * The uniform result, built property by property: object spread is slow on this hot path
 * (about 1.5 µs a spread on Node 20), and an assessment builds eight of these.
 */
export function instrumentResult(
  described: Described,
  criteria: readonly CriterionResult[],
  min: number,
  max: number,
  meetsThreshold: boolean | null,
  missing: readonly string[],
): InstrumentResult {
  const definition = INSTRUMENT_DEFINITIONS[described.id];
  return {
    id: described.id,
    source: definition.source,
    value: min === max ? min : null,
    min,
    max,
    meetsThreshold,
    applicable: described.applicable,
    applicability: described.applicability,
    criteria,
    missing,
    notes: described.notes,
  };
}

/** The lowest and highest total over the criteria (exact: each criterion reads its own inputs). */
export function sumPoints(criteria: readonly CriterionResult[]): { readonly min: number; readonly max: number } {
  let min = 0;
  let max = 0;
  for (const c of criteria) {
    min += lowestPoints(c);
    max += highestPoints(c);
  }
  return { min, max };
}

/** An additive instrument: the score is the sum of its criteria's points, each over disjoint inputs. */
export function additiveResult(
  described: Described,
  criteria: readonly CriterionResult[],
  meetsThreshold: (min: number, max: number) => boolean | null,
  extraMissing: readonly string[] = [],
): InstrumentResult {
  const { min, max } = sumPoints(criteria);
  return instrumentResult(described, criteria, min, max, meetsThreshold(min, max), unionOfMissing(criteria, extraMissing));
}

/**
 * A "most severe domain" instrument (ASTCT ICANS): grade = max of the domain grades. A domain
 * can change the range only if its highest grade exceeds the grade already certain.
 */
export function mostSevereResult(described: Described, domains: readonly CriterionResult[], threshold: number): InstrumentResult {
  let min = 0;
  let max = 0;
  for (const d of domains) {
    min = Math.max(min, lowestPoints(d));
    max = Math.max(max, highestPoints(d));
  }
  // Only a domain that could still raise the grade above the certain one is worth completing.
  const open = domains.some((d) => d.missing) ? domains.filter((d) => highestPoints(d) > min) : domains;
  return instrumentResult(described, domains, min, max, meetsAtLeast(min, max, threshold), unionOfMissing(open));
}
