/** Small builders shared by the instruments: criteria from judgements or point ranges, and the uniform result. */
import { unionOf, type Judgement } from "../assessment/judgement";
import type { PointRange } from "../assessment/read";
import type { SourceKey } from "../sources/registry";
import { fieldsToSettle, highestPoints, lowestPoints, type CriterionResult, type InstrumentId, type InstrumentResult } from "./types";

/** A yes/no criterion worth `points` when met. */
export function criterionFromJudgement<C extends string>(id: C, judgement: Judgement, points = 1): CriterionResult<C> {
  const met = judgement.value;
  if (met !== null) return { id, met, points: met ? points : 0, missing: false };
  return { id, met: null, points: null, missing: true, minPoints: 0, maxPoints: points, missingFields: judgement.missing };
}

/** A criterion scoring between `min` and `max` points (a banded item, a domain grade), with the fields that would settle it. */
export function criterionFromRange<C extends string>(id: C, { min, max, missing }: PointRange): CriterionResult<C> {
  if (min === max) return { id, met: min > 0, points: min, missing: false };
  return { id, met: min > 0 ? true : null, points: null, missing: true, minPoints: min, maxPoints: max, missingFields: missing };
}

/** Whether a score in min..max meets "≥ threshold": settled only when both ends agree. */
export function meetsAtLeast(min: number, max: number, threshold: number): boolean | null {
  if (min >= threshold) return true;
  if (max < threshold) return false;
  return null;
}

/** The fields that would settle any of the criteria, and those in `more`, each once. */
export function unionOfMissing(criteria: readonly CriterionResult[], ...more: readonly (readonly string[])[]): readonly string[] {
  return unionOf(...criteria.map(fieldsToSettle), ...more);
}

/** What an instrument says about applicability and interpretation for this assessment. */
export interface Described {
  readonly id: InstrumentId;
  readonly source: SourceKey;
  readonly applicable: boolean;
  readonly applicability: string;
  readonly notes: readonly string[];
}

/** The uniform result (its keys in the order a Screening prints them). */
export function instrumentResult<C extends string>(
  described: Described,
  criteria: readonly CriterionResult<C>[],
  min: number,
  max: number,
  meetsThreshold: boolean | null,
  missing: readonly string[],
): InstrumentResult<C> {
  return {
    id: described.id,
    source: described.source,
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
export function additiveResult<C extends string>(
  described: Described,
  criteria: readonly CriterionResult<C>[],
  meetsThreshold: (min: number, max: number) => boolean | null,
  extraMissing: readonly string[] = [],
): InstrumentResult<C> {
  const { min, max } = sumPoints(criteria);
  return instrumentResult(described, criteria, min, max, meetsThreshold(min, max), unionOfMissing(criteria, extraMissing));
}

/**
 * A "most severe domain" instrument (ASTCT ICANS): grade = max of the domain grades. A domain
 * can change the range only if its highest grade exceeds the grade already certain.
 */
export function mostSevereResult<C extends string>(described: Described, domains: readonly CriterionResult<C>[], threshold: number): InstrumentResult<C> {
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
