/**
 * What the form keeps of the text typed in a number field: the text read as a number
 * (./number-entry.ts) in the unit chosen, the field's plausible range settling `1,234`, then
 * converted to the canonical unit the Assessment stores.
 */
import type { NumericFieldPath } from "../assessment/fields";
import { isConvertible, quantityOf, settle, toCanonical, type Quantity, type UnitOf } from "../units";
import { parseTypedNumber, type NumberReading } from "./number-entry";
import { rangeIn } from "./slips";

/** How the text typed in a field reads, in the unit chosen, with the field's plausible range settling `1,234`. */
export function readTyped(path: NumericFieldPath, raw: unknown, unit: string): NumberReading {
  if (raw === undefined || raw === null) return { kind: "empty" };
  if (typeof raw === "number") return { kind: "number", value: raw };
  const { min, max } = rangeIn(path, unit);
  return parseTypedNumber(String(raw), (value) => value >= min && value <= max);
}

/**
 * Text typed in a unit → canonical number; "" → undefined (unknown). Text that is not one number
 * (letters, or `12,400` where 12 400 and 12.4 are both plausible) passes through as text, so the
 * schema refuses it and ./messages.ts `messageFor` says why in the person's words.
 */
export function parseTyped(path: NumericFieldPath, raw: unknown, unit: string): unknown {
  const reading = readTyped(path, raw, unit);
  switch (reading.kind) {
    case "empty":
      return undefined;
    case "ambiguous":
    case "not-a-number":
      return String(raw).trim();
    case "number":
      break;
  }
  const value = reading.value;
  if (!isConvertible(path)) return value;
  const canonical = toCanonical(quantityOf(path), unit as UnitOf<Quantity>, value);
  // Conversion noise (8857 mg/dL → 100.00000000000001 mmol/L, 98.6 °F → 36.99999999999999 °C) is
  // dropped when the settled value is a plain decimal; a true repeating value (265 mg/dL →
  // 2.99198… mmol/L) is kept whole, so it converts back to exactly what was typed.
  const settled = settle(canonical);
  return Number(settled.toFixed(6)) === settled ? settled : canonical;
}
