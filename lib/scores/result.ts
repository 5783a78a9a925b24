/** Small builders shared by the instruments: criteria from judgements or point ranges, and the uniform result. */
import type { Judgement } from "../assessment/judgement";
import type { CriterionResult, InstrumentResult } from "./types";

/** A yes/no criterion worth `points` when met. */
export function criterionFromJudgement(id: string, label: string, judgement: Judgement, points = 1): CriterionResult {
  const met = judgement.value;
  return {
    id,
    label,
    met,
    points: met === null ? null : met ? points : 0,
    minPoints: met === true ? points : 0,
    maxPoints: met === false ? 0 : points,
    missing: met === null,
    missingFields: met === null ? judgement.missing : [],
  };
}

/** A criterion scoring between `min` and `max` points (a banded item, a domain grade). */
export function criterionFromRange(id: string, label: string, min: number, max: number, missingFields: readonly string[]): CriterionResult {
  const open = min !== max;
  return {
    id,
    label,
    met: min > 0 ? true : max === 0 ? false : null, // eslint-disable-line no-nested-ternary -- three-valued by nature
    points: open ? null : min,
    minPoints: min,
    maxPoints: max,
    missing: open,
    missingFields: open ? missingFields : [],
  };
}

/** Whether a score in min..max meets "≥ threshold": settled only when both ends agree. */
export function meetsAtLeast(min: number, max: number, threshold: number): boolean | null {
  if (min >= threshold) return true;
  if (max < threshold) return false;
  return null;
}

export function unionOfMissing(criteria: readonly CriterionResult[], ...more: readonly (readonly string[])[]): string[] {
  return [...new Set([...criteria.flatMap((c) => c.missingFields), ...more.flat()])];
}

type Described = Omit<InstrumentResult, "value" | "min" | "max" | "missing" | "meetsThreshold" | "criteria">;

/** An additive instrument: the score is the sum of its criteria's points, each over disjoint inputs. */
export function additiveResult(
  described: Described,
  criteria: readonly CriterionResult[],
  meetsThreshold: (min: number, max: number) => boolean | null,
  extraMissing: readonly string[] = [],
): InstrumentResult {
  const min = criteria.reduce((sum, c) => sum + c.minPoints, 0);
  const max = criteria.reduce((sum, c) => sum + c.maxPoints, 0);
  return {
    ...described,
    value: min === max ? min : null,
    min,
    max,
    meetsThreshold: meetsThreshold(min, max),
    criteria,
    missing: unionOfMissing(criteria, extraMissing),
  };
}

/**
 * A "most severe domain" instrument (ASTCT ICANS): grade = max of the domain grades. A domain
 * can change the range only if its highest grade exceeds the grade already certain.
 */
export function mostSevereResult(described: Described, domains: readonly CriterionResult[], threshold: number): InstrumentResult {
  const min = Math.max(0, ...domains.map((d) => d.minPoints));
  const max = Math.max(0, ...domains.map((d) => d.maxPoints));
  const relevant = domains.map((d) => (d.maxPoints > min ? d : { ...d, missingFields: [] }));
  return {
    ...described,
    value: min === max ? min : null,
    min,
    max,
    meetsThreshold: meetsAtLeast(min, max, threshold),
    criteria: domains,
    missing: unionOfMissing(relevant),
  };
}
