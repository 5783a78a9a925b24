/**
 * The unit a person chose for each field that offers more than one (absent = canonical): the form
 * reads and writes numbers in it, the review and the result print them in it.
 */
import { NUMERIC_FIELDS, type NumericFieldPath } from "../assessment/fields";
import { QUANTITIES, isConvertible, quantityOf, type ConvertibleField } from "../units";

/** The unit chosen per convertible field (absent = canonical). */
export type UnitChoices = Partial<Record<ConvertibleField, string>>;

/** The units offered for a field: canonical first. */
export function unitsFor(path: NumericFieldPath): readonly string[] {
  if (!isConvertible(path)) return [NUMERIC_FIELDS[path].unit];
  const q = QUANTITIES[quantityOf(path)];
  return [q.canonical, ...Object.keys(q.units).filter((u) => u !== q.canonical)];
}

/** The unit a field is read and shown in: the one chosen, if the field offers it, else its canonical unit. */
export function unitOf(path: NumericFieldPath, units: UnitChoices): string {
  if (!isConvertible(path)) return NUMERIC_FIELDS[path].unit;
  const chosen = units[path];
  return chosen && unitsFor(path).includes(chosen) ? chosen : QUANTITIES[quantityOf(path)].canonical;
}
