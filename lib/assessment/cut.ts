/**
 * A published comparison ("fibrinogen ≤ 360 mg/dL") as a cut on the canonical scale. A value
 * compares in the published unit after conversion and settling (read.ts), and both are monotone
 * in the canonical value, so the canonical values that meet the comparison are either all those
 * from one number up, or all those below it. That number is found once per threshold, by bisection
 * over the doubles in order; a read then compares one number and converts nothing.
 * tests/lib/assessment/cut.test.ts checks the cut of every threshold in lib/scores/field-thresholds.ts
 * and every points table against a conversion worked out from lib/units alone: at the cut, at its
 * neighbouring doubles, at the value entered in its own unit and across the field's range.
 * Finite values only: NaN (never in a validated Assessment) is not handled.
 */

export type Comparison = ">=" | ">" | "<=" | "<";

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

/** Met by every finite canonical value from `at` up (`up`), or by every one below `at` (not `up`). */
export interface Cut {
  readonly at: number;
  readonly up: boolean;
}

export const isMet = (cut: Cut, canonical: number): boolean => canonical >= cut.at === cut.up;

const SIGN = 1n << 63n;
const scratch = new DataView(new ArrayBuffer(8));

/** The doubles in numeric order as integers (−0 and +0 share 0). */
function orderOf(x: number): bigint {
  scratch.setFloat64(0, x);
  const bits = scratch.getBigUint64(0);
  return bits >= SIGN ? -(bits - SIGN) : bits;
}

function doubleAt(order: bigint): number {
  scratch.setBigUint64(0, order >= 0n ? order : -order + SIGN);
  return scratch.getFloat64(0);
}

/**
 * The cut for `comparison threshold`, where `published` expresses a canonical value in the
 * threshold's unit (monotone non-decreasing). "≤" and "<" are the complements of ">" and "≥".
 */
export function cutOf(published: (canonical: number) => number, comparison: Comparison, threshold: number): Cut {
  const up = comparison === ">=" || comparison === ">";
  const rising: Comparison = comparison === ">=" || comparison === "<" ? ">=" : ">";
  const meetsRising = (order: bigint) => holds(rising, published(doubleAt(order)), threshold);
  let below = orderOf(-Number.MAX_VALUE);
  let from = orderOf(Number.MAX_VALUE);
  if (meetsRising(below)) return { at: -Infinity, up };
  if (!meetsRising(from)) return { at: Infinity, up };
  // Invariant: the rising comparison fails at `below` and holds at `from`.
  while (from - below > 1n) {
    const middle = (below + from) / 2n;
    if (meetsRising(middle)) from = middle;
    else below = middle;
  }
  return { at: doubleAt(from), up };
}
