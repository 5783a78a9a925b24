/**
 * Between the form and the Assessment: numbers are typed as text in the unit the user chose and
 * stored canonical; tri-states are radio values; nothing typed means unknown. Data and pure
 * functions only — no zod: the form steps render from this module, and the validator
 * (./step-schema.ts, the library's own schema behind this conversion) is loaded after them.
 */
import { ICE_ITEMS, NUMERIC_FIELDS, fieldLabel, type IceItem, type NumericField, type NumericFieldPath } from "../assessment/fields";
import type { AssessmentInput } from "../assessment/schema";
import { FIELD_QUANTITY, QUANTITIES, fromCanonical, settle, toCanonical, type Quantity, type UnitOf } from "../units";
import type { FieldThreshold } from "../scores/field-thresholds"; // a type only: no instrument code in the form's bundle
import type { FieldSpec, StepDefinition } from "./steps";
import { formatNumber, readNumber, type NumberReading } from "./number-entry";

export type ConvertibleField = keyof typeof FIELD_QUANTITY;
/** The unit chosen per convertible field (absent = canonical). */
export type UnitChoices = Partial<Record<ConvertibleField, string>>;

export const ICE_ITEM_KEYS = ICE_ITEMS;
export type IceItemKey = IceItem;

/** Form values: the Assessment's shape with text for numbers and radio values for yes/no. */
export type FormValues = Record<string, unknown>;

export function isConvertible(path: string): path is ConvertibleField {
  return path in FIELD_QUANTITY;
}

export function quantityOf(path: ConvertibleField): Quantity {
  return FIELD_QUANTITY[path];
}

/** The units offered for a field: canonical first. */
export function unitsFor(path: NumericFieldPath): readonly string[] {
  if (!isConvertible(path)) return [NUMERIC_FIELDS[path].unit];
  const q = QUANTITIES[quantityOf(path)];
  return [q.canonical, ...Object.keys(q.units).filter((u) => u !== q.canonical)];
}

export function unitOf(path: NumericFieldPath, units: UnitChoices): string {
  if (!isConvertible(path)) return NUMERIC_FIELDS[path].unit;
  const chosen = units[path];
  return chosen && unitsFor(path).includes(chosen) ? chosen : QUANTITIES[quantityOf(path)].canonical;
}

/**
 * A canonical value shown in a unit: no float noise, at most 4 decimals after a conversion. In the
 * stored unit a value kept from a conversion (310 mg/dL is stored as 3.500056… mmol/L) shows 4
 * decimals too ("3.5001"), and more only where rounding would end on a zero it made up: a rounded
 * value never reads as a round one, so 37.99999 °C never reads as 38 (a threshold). A figure
 * rounded this way differs from the stored one by under 0.00005 and ends on a non-zero 4th
 * decimal, so it sits on the same side of every threshold of 3 decimals or fewer. Saving the text
 * unchanged keeps the stored value exactly (fromFormValues).
 */
export function display(path: NumericFieldPath, canonical: number, unit: string): string {
  const converted = isConvertible(path) && unit !== QUANTITIES[quantityOf(path)].canonical;
  const value = converted ? fromCanonical(quantityOf(path), unit as UnitOf<Quantity>, canonical) : canonical;
  if (converted) return String(Number(settle(value).toFixed(4)));
  const settled = settle(value);
  for (let decimals = 4; decimals <= 10; decimals++) {
    const rounded = settled.toFixed(decimals);
    if (Number(rounded) === settled || !rounded.endsWith("0")) return String(Number(rounded));
  }
  return String(settled);
}

/** The plausible range of a field in `unit` (the contract's range, converted; conversions only scale and shift, so the ends stay the ends). */
export function rangeIn(path: NumericFieldPath, unit: string): { readonly min: number; readonly max: number } {
  const field: NumericField = NUMERIC_FIELDS[path];
  if (!isConvertible(path)) return { min: field.min, max: field.max };
  const q = quantityOf(path);
  return { min: settle(fromCanonical(q, unit as UnitOf<Quantity>, field.min)), max: settle(fromCanonical(q, unit as UnitOf<Quantity>, field.max)) };
}

/** How the text typed in a field reads, in the unit chosen (./number-entry.ts), with the field's plausible range settling `1,234`. */
export function readTyped(path: NumericFieldPath, raw: unknown, unit: string): NumberReading {
  if (raw === undefined || raw === null) return { kind: "empty" };
  if (typeof raw === "number") return { kind: "number", value: raw };
  const { min, max } = rangeIn(path, unit);
  return readNumber(String(raw), (value) => value >= min && value <= max);
}

/**
 * Text typed in a unit → canonical number; "" → undefined (unknown). Text that is not one number
 * (letters, or `12,400` where 12 400 and 12.4 are both plausible) passes through as text, so the
 * schema refuses it and messageFor says why in the person's words.
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

/** The text typed, quoted back in a message or the echo (a long paste is cut at 40 characters). */
function quoted(raw: unknown): string {
  const text = String(raw).trim();
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

/** A number with its unit, as the echo and messages print it ("12 400 ng/mL"; a count has no unit). */
/** Counted units read in the singular for one: "1 point", "1 day", "1 year"; "3 points", "0 days". */
const SINGULAR: Readonly<Record<string, string>> = { points: "point", days: "day", years: "year" };

/** The unit as read after a number: singular for exactly one of a counted unit. */
export function unitAfter(isOne: boolean, unit: string): string {
  return isOne ? (SINGULAR[unit] ?? unit) : unit;
}

function withUnit(value: number, unit: string): string {
  const named = unitAfter(value === 1, unit);
  return `${formatNumber(value)}${named ? ` ${named}` : ""}`;
}

/** "Did you mean 12 400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second." — two texts with one reading each. */
function ambiguityQuestion(thousands: number, decimal: number, unit: string): string {
  return `Did you mean ${formatNumber(thousands)} or ${withUnit(decimal, unit)}? Type ${String(thousands)} for the first, ${String(decimal)} for the second.`;
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
      if (reading.value < min || reading.value > max) return { text: `${kept} — outside the plausible ${formatNumber(min)}–${withUnit(max, unit)}, so not kept.`, kept: false };
      // The other reading of `1,234` was implausible: say which one was taken.
      return { text: reading.alsoReadAs === undefined ? kept : `${kept} (read as ${formatNumber(reading.value)}, not ${formatNumber(reading.alsoReadAs)}, which is implausible)`, kept: true };
    }
  }
}

function get(obj: unknown, path: string): unknown {
  let node = obj;
  for (const key of path.split(".")) {
    if (node == null || typeof node !== "object") return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function set(obj: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = obj;
  for (const key of keys.slice(0, -1)) {
    if (node[key] == null || typeof node[key] !== "object") node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

function fieldsOf(step: StepDefinition): FieldSpec[] {
  return step.groups.flatMap((g) => g.fields);
}

/** The form's starting values for a step, from the draft (canonical → chosen units). */
export function toFormValues(draft: AssessmentInput, step: StepDefinition, units: UnitChoices): FormValues {
  const values: FormValues = {};
  for (const field of fieldsOf(step)) {
    switch (field.kind) {
      case "number": {
        const v = get(draft, field.path);
        set(values, field.path, typeof v === "number" ? display(field.path, v, unitOf(field.path, units)) : "");
        break;
      }
      case "tri-state": {
        const v = get(draft, field.path);
        set(values, field.path, typeof v === "boolean" ? String(v) : "");
        break;
      }
      case "choice":
      case "text": {
        const v = get(draft, field.path);
        set(values, field.path, typeof v === "string" ? v : "");
        break;
      }
      case "ice-items": {
        const items = draft.neuro?.iceItems;
        for (const key of ICE_ITEM_KEYS) {
          const v = items?.[key];
          set(values, `neuro.iceItems.${key}`, typeof v === "number" ? String(v) : "");
          set(values, `iceNotAssessable.${key}`, items != null && v === null);
        }
        break;
      }
    }
  }
  return values;
}

/**
 * The step's sections as the Assessment holds them, from form values. A typed value identical to
 * the one shown keeps the stored canonical value exactly (no conversion drift on revisits).
 */
export function fromFormValues(values: FormValues, step: StepDefinition, units: UnitChoices, draft: AssessmentInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const section of step.sections) if (section !== "label") out[section] = {};
  for (const field of fieldsOf(step)) {
    switch (field.kind) {
      case "number": {
        const raw = get(values, field.path);
        const unit = unitOf(field.path, units);
        const stored = get(draft, field.path);
        const unchanged = typeof stored === "number" && typeof raw === "string" && raw.trim() === display(field.path, stored, unit);
        const value = unchanged ? stored : parseTyped(field.path, raw, unit);
        if (value !== undefined) set(out, field.path, value);
        break;
      }
      case "tri-state": {
        const raw = get(values, field.path);
        if (raw === "true" || raw === "false") set(out, field.path, raw === "true");
        break;
      }
      case "choice":
      case "text": {
        const raw = get(values, field.path);
        if (typeof raw === "string" && raw.trim() !== "") set(out, field.path, field.kind === "text" ? raw.trim() : raw);
        break;
      }
      case "ice-items": {
        const items: Record<string, unknown> = {};
        let any = false;
        for (const key of ICE_ITEM_KEYS) {
          const notAssessable = get(values, `iceNotAssessable.${key}`) === true;
          const raw = get(values, `neuro.iceItems.${key}`);
          const value = notAssessable ? null : parseTyped(`neuro.iceItems.${key}`, raw, "points");
          if (value !== undefined) {
            items[key] = value;
            any = true;
          }
        }
        if (any) set(out, "neuro.iceItems", items);
        break;
      }
    }
  }
  return out;
}

/** The draft with this step's sections replaced (other steps' data untouched). */
export function mergeStep(draft: AssessmentInput, step: StepDefinition, sections: Record<string, unknown>): AssessmentInput {
  const merged: Record<string, unknown> = { ...draft, schemaVersion: 1 };
  for (const section of step.sections) {
    if (section === "label") {
      if (sections.label === undefined) delete merged.label;
      else merged.label = sections.label;
      continue;
    }
    const previous = (draft as Record<string, unknown>)[section] as Record<string, unknown> | undefined;
    // Keep what other steps own in a shared section (none today) and fields the form does not show (iceScore from a file).
    const next = { ...(section === "neuro" && previous?.iceScore != null && !(sections.neuro as Record<string, unknown>).iceItems ? { iceScore: previous.iceScore } : {}), ...(sections[section] as object) };
    if (Object.keys(next).length === 0) delete merged[section];
    else merged[section] = next;
  }
  return merged as AssessmentInput;
}

/**
 * How many decimals a laboratory reports in each unit: a converted threshold is shown to that
 * precision ("≥ 2.99 mmol/L", not "≥ 2.991983742"); the published value stands beside it.
 */
export const UNIT_DECIMALS = {
  temperature: { "°C": 1, "°F": 1 },
  hemoglobin: { "g/dL": 1, "g/L": 0 },
  cellCount: { "×10⁹/L": 2, "×10³/µL": 2, "/µL": 0 },
  ferritin: { "ng/mL": 0, "µg/L": 0 },
  triglycerides: { "mmol/L": 2, "mg/dL": 0 },
  fibrinogen: { "g/L": 2, "mg/dL": 0 },
  crp: { "mg/L": 1, "mg/dL": 2 },
  dDimer: { "ng/mL FEU": 0, "µg/mL FEU": 2, "mg/L FEU": 2 },
  creatinine: { "mg/dL": 2, "µmol/L": 0 },
} as const satisfies { readonly [Q in Quantity]: Readonly<Record<UnitOf<Q>, number>> };

/** A threshold (canonical) in the unit chosen, rounded to that unit's precision; a field without units shows it as published. */
export function thresholdShown(path: NumericFieldPath, canonical: number, unit: string): string {
  if (!isConvertible(path)) return display(path, canonical, unit);
  const q = quantityOf(path);
  const decimals: number = (UNIT_DECIMALS[q] as Readonly<Record<string, number>>)[unit] ?? 4;
  return String(Number(settle(fromCanonical(q, unit as UnitOf<Quantity>, canonical)).toFixed(decimals)));
}

export const COMPARISON_SIGNS = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" } as const;

/**
 * A published threshold with the short name of its instrument: what a field's hint shows. The
 * form steps get them from the server (lib/form/published-thresholds.ts), so the instruments'
 * code and texts are not shipped to the browser just to name a threshold.
 */
export type NamedThreshold = Omit<FieldThreshold, "instrument"> & { readonly instrument: string };

/**
 * The published thresholds on a field, stated in the unit the user chose ("HScore ≥ 20 g/L";
 * MAS-2016's "≤ 360 mg/dL" becomes "≤ 3.6 g/L (published 360 mg/dL)"), for the hint by the field.
 */
export function thresholdHint(path: NumericFieldPath, thresholds: readonly NamedThreshold[], units: UnitChoices): string | null {
  if (thresholds.length === 0) return null;
  const unit = unitOf(path, units);
  const stated = ({ threshold, qualifier }: NamedThreshold): string => {
    const canonical = isConvertible(path) ? toCanonical(quantityOf(path), threshold.unit as UnitOf<Quantity>, threshold.value) : threshold.value;
    // In its published unit a threshold is shown exactly as published; converted, to the unit's precision.
    const inPublishedUnit = threshold.unit === unit;
    const shown = inPublishedUnit ? String(threshold.value) : thresholdShown(path, canonical, unit);
    const published = inPublishedUnit ? "" : ` (published ${threshold.value} ${threshold.unit})`;
    return `${COMPARISON_SIGNS[threshold.comparison]} ${shown}${qualifier ? ` in ${qualifier}` : ""}${published}`;
  };
  // One entry per instrument: "HScore bands ≥ 2000, > 6000" (points), "HLH-2004 ≥ 3 or ≥ 2.99" (either counts).
  const byInstrument = new Map<string, NamedThreshold[]>();
  for (const t of thresholds) byInstrument.set(t.instrument, [...(byInstrument.get(t.instrument) ?? []), t]);
  const parts = [...byInstrument].map(([instrument, group]) => {
    if (group.length === 1) return `${instrument} ${stated(group[0]!)}`;
    return group.every((t) => t.band) ? `${instrument} bands ${group.map(stated).join(", ")}` : `${instrument} ${group.map(stated).join(" or ")}`;
  });
  return `Thresholds in ${unit}: ${parts.join("; ")}.`;
}

/**
 * Errors from the step schema, restated in the person's terms: a range message quotes what was
 * typed and gives the range in the unit chosen ("Highest temperature must be between 86 and 113
 * °F; got 120"); text that is not one number says why ("Did you mean 12 400 or 12.4 ng/mL?").
 */
export function messageFor(path: string, message: string, values: FormValues, units: UnitChoices): string {
  if (!(path in NUMERIC_FIELDS)) return message;
  const field = path as NumericFieldPath;
  const { label } = NUMERIC_FIELDS[field];
  const unit = unitOf(field, units);
  const raw = get(values, path);
  const typed = quoted(raw);
  const reading = readTyped(field, raw, unit);
  if (reading.kind === "ambiguous") return `${label}: "${typed}" can be read two ways. ${ambiguityQuestion(reading.thousands, reading.decimal, unit)}`;
  if (reading.kind === "not-a-number") return `${label} must be a number; got "${typed}"`;
  if (!message.includes("must be between")) return message;
  const { min, max } = rangeIn(field, unit);
  return `${label} must be between ${formatNumber(min)} and ${withUnit(max, unit)}; got ${typed}`;
}

export { fieldLabel };
