/**
 * Slips caught kindly (issue 28, item 7): a number outside its field's plausible range that would
 * be plausible with the decimal point where it was probably meant (392 °C → 39.2 °C), or read in
 * another unit the field offers (platelets 60 000 ×10⁹/L → 60 000 /µL, which is 60 ×10⁹/L).
 *
 * These are suggestions only. Nothing here changes what is kept: the text stays as typed, the value
 * is refused as out of range, and the person retypes it or picks the unit. A guess applied silently
 * would be the very error the form exists to prevent (issue 14: 9.5 mg/L became 0.95 mg/dL).
 *
 * Pure functions over the field list and the unit table; the form's echo and messages
 * (./messages.ts) word what these find.
 */
import { NUMERIC_FIELDS, type NumericField, type NumericFieldPath } from "../assessment/fields";
import { QUANTITIES, fromCanonical, isConvertible, quantityOf, settle, toCanonical, type Quantity, type UnitOf } from "../units";

/** What the person may have meant instead of the number typed. */
export type Slip =
  /** The decimal point dropped or misplaced: `value` is in the unit typed. */
  | { readonly kind: "decimal-point"; readonly value: number }
  /** The same number in another unit the field offers: `value` in `unit`, `canonical` in the field's canonical unit. */
  | { readonly kind: "unit"; readonly value: number; readonly unit: string; readonly canonical: number };

/** At most this many suggestions: more would read as a list of guesses, not a question. */
export const MOST_SLIPS = 2;

/** The quantity a field measures; undefined for a field with one unit. */
function quantityIn(path: NumericFieldPath): Quantity | undefined {
  return isConvertible(path) ? quantityOf(path) : undefined;
}

/** The plausible range of a field in `unit` (the contract's range, converted; conversions only scale and shift, so the ends stay the ends). */
export function rangeIn(path: NumericFieldPath, unit: string): { readonly min: number; readonly max: number } {
  const field: NumericField = NUMERIC_FIELDS[path];
  const q = quantityIn(path);
  if (q === undefined) return { min: field.min, max: field.max };
  return { min: settle(fromCanonical(q, unit as UnitOf<Quantity>, field.min)), max: settle(fromCanonical(q, unit as UnitOf<Quantity>, field.max)) };
}

function plausible(path: NumericFieldPath, value: number, unit: string): boolean {
  const { min, max } = rangeIn(path, unit);
  return value >= min && value <= max;
}

/**
 * The decimal point moved, nearest first: one place left (392 → 39.2), one place right (3.92 →
 * 39.2), two places left (3925 → 39.25). Right only when a point was typed: a number typed without
 * one can have lost its point, not gained a digit. Left only when the last whole digit is not
 * zero, so the point never lands before a trailing zero: 60 000 platelets is not 600.00 with the
 * point dropped, nor 5 000 leukocytes 500.0 (nobody types zeros after a point they forgot).
 */
function pointMoved(value: number, withDecimals: boolean): number[] {
  const leftIsPossible = Math.trunc(Math.abs(value)) % 10 !== 0;
  return [...(leftIsPossible ? [value / 10] : []), ...(withDecimals ? [value * 10] : []), ...(leftIsPossible ? [value / 100] : [])].map(settle);
}

/**
 * The readings of `value` (typed in `unit`, with or without a decimal part) that fall inside the
 * field's plausible range: the same number in each other unit of the field, then at most one
 * decimal-point slip (the nearest); at most MOST_SLIPS. Another unit comes first because it is
 * the commoner slip (a laboratory reporting in µmol/L: creatinine 88 is far more often 88 µmol/L
 * than 8.8 mg/dL). None when `value` is plausible as typed. A whole-number field (the vasopressor
 * count, ICE points) has no decimal point to misplace and no other unit, so it never gets one:
 * 20 vasopressors is not "2" with a slip.
 */
export function slipsFor(path: NumericFieldPath, value: number, unit: string, withDecimals: boolean): readonly Slip[] {
  const field: NumericField = NUMERIC_FIELDS[path];
  if (!Number.isFinite(value) || field.integer || plausible(path, value, unit)) return [];
  const slips: Slip[] = [];
  const q = quantityIn(path);
  if (q !== undefined) {
    for (const other of Object.keys(QUANTITIES[q].units) as UnitOf<Quantity>[]) {
      if (other !== unit && plausible(path, value, other)) slips.push({ kind: "unit", value, unit: other, canonical: settle(toCanonical(q, other, value)) });
    }
  }
  const moved = pointMoved(value, withDecimals).find((candidate) => plausible(path, candidate, unit));
  if (moved !== undefined) slips.push({ kind: "decimal-point", value: moved });
  return slips.slice(0, MOST_SLIPS);
}
