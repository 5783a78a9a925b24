/**
 * What the form says about a number as it is typed and when it is refused, in the person's words:
 * the echo beside the field ("= 12 400 ng/mL"), the schema's errors restated with what was typed,
 * and the slips that would be plausible (./slips.ts), asked, never applied.
 */
import { NUMERIC_FIELDS, type NumericFieldPath } from "../assessment/fields";
import { valueAt } from "../assessment/read";
import { fromCanonical, isConvertible, numberText, quantityOf, settle, thresholdText, withUnit, type Quantity, type UnitOf } from "../units";
import { typedWithDecimals, type NumberReading } from "./number-entry";
import { rangeIn, slipsFor, type Slip } from "./slips";
import { readTyped } from "./typed-value";
import { unitOf, type UnitChoices } from "./unit-choice";
import type { FormValues } from "./values";

/** The text typed, quoted back in a message or the echo (a long paste is cut at 40 characters). */
function quoted(raw: unknown): string {
  const text = String(raw).trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** "Did you mean 12 400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second." — two texts with one reading each. */
function ambiguityQuestion(thousands: number, decimal: number, unit: string): string {
  return `Did you mean ${numberText(thousands)} or ${withUnit(decimal, unit)}? Type ${String(thousands)} for the first, ${String(decimal)} for the second.`;
}

/** One suggestion as the person reads it: "39.2 °C", or "60 000 /µL (= 60 ×10⁹/L)" in the unit typed, "≈" where rounded. */
function slipShown(path: NumericFieldPath, slip: Slip, unit: string): string {
  switch (slip.kind) {
    case "decimal-point":
      return withUnit(slip.value, unit);
    case "unit": {
      const shown = Number(thresholdText(path, slip.canonical, unit));
      const exact = isConvertible(path) ? settle(fromCanonical(quantityOf(path), unit as UnitOf<Quantity>, slip.canonical)) : slip.canonical;
      return `${withUnit(slip.value, slip.unit)} (${shown === exact ? "=" : "≈"} ${withUnit(shown, unit)})`;
    }
  }
}

/**
 * " Did you mean 39.2 °C?" — the readings of an out-of-range number that would be plausible
 * (./slips.ts), asked, never applied: the person retypes the number or chooses the unit. Empty
 * when there is none, or when the text is not one number.
 */
function slipQuestion(path: NumericFieldPath, raw: unknown, reading: NumberReading, unit: string): string {
  if (reading.kind !== "number") return "";
  const slips = slipsFor(path, reading.value, unit, typedWithDecimals(String(raw)));
  if (slips.length === 0) return "";
  const choose = slips.map((slip) => (slip.kind === "unit" ? ` Choose ${slip.unit} in the unit list${slips.length > 1 ? ` for ${withUnit(slip.value, slip.unit)}` : ""}.` : ""));
  return ` Did you mean ${slips.map((slip) => slipShown(path, slip, unit)).join(" or ")}?${choose.join("")}`;
}

/** What the echo beside a number field says, and whether the form keeps a value from the text (if not, it is drawn as an error). */
export type Echo = { readonly text: string; readonly kept: boolean };

/**
 * What the form will keep from the text typed, in the unit chosen, shown beside the field as the
 * person types ("= 12 400 ng/mL"), so a slip is seen before it is saved. Empty when nothing is typed.
 */
export function echoFor(path: NumericFieldPath, raw: unknown, unit: string): Echo {
  const reading = readTyped(path, raw, unit);
  switch (reading.kind) {
    case "empty":
      return { text: "", kept: true };
    case "not-a-number":
      return { text: `Not read as a number: "${quoted(raw)}" is not kept.`, kept: false };
    case "ambiguous":
      return { text: `${quoted(raw)} is not kept. ${ambiguityQuestion(reading.thousands, reading.decimal, unit)}`, kept: false };
    case "number": {
      const kept = `= ${withUnit(reading.value, unit)}`;
      const { min, max } = rangeIn(path, unit);
      if (reading.value < min || reading.value > max) {
        return { text: `${withUnit(reading.value, unit)} is outside the plausible ${numberText(min)}–${withUnit(max, unit)}, so it is not kept.${slipQuestion(path, raw, reading, unit)}`, kept: false };
      }
      // The other reading of `1,234` was implausible: say which one was taken.
      return { text: reading.alsoReadAs === undefined ? kept : `${kept} (read as ${numberText(reading.value)}, not ${numberText(reading.alsoReadAs)}, which is implausible)`, kept: true };
    }
  }
}

/**
 * Errors from the step schema, restated in plain words for the person who typed the value: what
 * was typed, quoted as typed, then the rule in the unit chosen ("Highest temperature: you typed
 * 120; it must be between 86 and 113 °F."), with the readings that would be plausible
 * ("Did you mean 39.2 °C?", ./slips.ts) and both readings of `12,400`. The schema's own one-line
 * messages ("…; got 120") are kept for files — the command line and the importer — where nobody
 * typed anything (lib/assessment/schema.ts).
 */
export function messageFor(path: string, message: string, values: FormValues, units: UnitChoices): string {
  if (!(path in NUMERIC_FIELDS)) return message;
  const field = path as NumericFieldPath;
  const { label } = NUMERIC_FIELDS[field];
  const unit = unitOf(field, units);
  const raw = valueAt(values, path);
  const typed = quoted(raw);
  const reading = readTyped(field, raw, unit);
  if (reading.kind === "ambiguous") return `${label}: "${typed}" can be read two ways. ${ambiguityQuestion(reading.thousands, reading.decimal, unit)}`;
  if (reading.kind === "not-a-number") return `${label}: you typed "${typed}", which is not a number.`;
  if (reading.kind === "empty") return message;
  // The schema's rules, recognised by their wording (lib/assessment/schema.ts, cross-field.ts).
  if (message.includes("must be between")) {
    const { min, max } = rangeIn(field, unit);
    return `${label}: you typed ${typed}; it must be between ${numberText(min)} and ${withUnit(max, unit)}.${slipQuestion(field, raw, reading, unit)}`;
  }
  if (message.includes("must be a whole number")) return `${label}: you typed ${typed}; it must be a whole number.`;
  if (field === "vitals.diastolicBpMmHg" && message.includes("must be below the systolic")) {
    const systolic = readTyped("vitals.systolicBpMmHg", valueAt(values, "vitals.systolicBpMmHg"), "mmHg");
    if (systolic.kind === "number") return `${label}: you typed ${typed}; it must be below the systolic pressure, ${withUnit(systolic.value, "mmHg")}.`;
  }
  if (field === "context.daysSinceInfusion" && message.includes("applies only to")) return `${label}: you typed ${typed}; it applies only to immune effector cell therapy, so leave it empty in this setting.`;
  return message;
}
