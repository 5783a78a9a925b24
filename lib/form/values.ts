/**
 * Between the form and the Assessment: numbers are typed as text in the unit the user chose and
 * stored canonical; tri-states are radio values; nothing typed means unknown. Data and pure
 * functions only — no zod: the form steps render from this module, and the validator
 * (./step-schema.ts, the library's own schema behind this conversion) is loaded after them.
 */
import { ICE_ITEMS, NUMERIC_FIELDS, fieldLabel, type IceItem, type NumericFieldPath } from "../assessment/fields";
import type { AssessmentInput } from "../assessment/schema";
import { FIELD_QUANTITY, QUANTITIES, fromCanonical, settle, toCanonical, type Quantity, type UnitOf } from "../units";
import type { FieldThreshold } from "../scores/field-thresholds"; // a type only: no instrument code in the form's bundle
import { stepPaths, stepSections, type FieldSpec, type StepDefinition } from "./steps";
import { formatNumber, readNumber, typedWithDecimals, type NumberReading } from "./number-entry";
import { rangeIn, slipsFor, type Slip } from "./slips";
import { unitFor } from "../plural";

export { rangeIn };

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

/** A number with its unit, as the echo and messages print it ("12 400 ng/mL", "1 day"; a count has no unit). */
function withUnit(value: number, unit: string): string {
  const named = unitFor(value, unit);
  return `${formatNumber(value)}${named ? ` ${named}` : ""}`;
}

/** "Did you mean 12 400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second." — two texts with one reading each. */
function ambiguityQuestion(thousands: number, decimal: number, unit: string): string {
  return `Did you mean ${formatNumber(thousands)} or ${withUnit(decimal, unit)}? Type ${String(thousands)} for the first, ${String(decimal)} for the second.`;
}

/** One suggestion as the person reads it: "39.2 °C", or "60 000 /µL (= 60 ×10⁹/L)" in the unit typed, "≈" where rounded. */
function slipShown(path: NumericFieldPath, slip: Slip, unit: string): string {
  switch (slip.kind) {
    case "decimal-point":
      return withUnit(slip.value, unit);
    case "unit": {
      const shown = Number(thresholdShown(path, slip.canonical, unit));
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
        return { text: `${withUnit(reading.value, unit)} is outside the plausible ${formatNumber(min)}–${withUnit(max, unit)}, so it is not kept.${slipQuestion(path, raw, reading, unit)}`, kept: false };
      }
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
 * One answer on the form as the Assessment would hold it, for deciding which questions are asked
 * (./steps.ts `askedWhen`): "true"/"false" → a finding, a number typed in its unit → canonical,
 * anything empty or not (yet) a number → undefined (not answered).
 */
export function answerOf(path: string, raw: unknown, units: UnitChoices): unknown {
  if (raw === undefined || raw === null || raw === "") return undefined;
  if (raw === "true" || raw === "false") return raw === "true";
  if (path in NUMERIC_FIELDS) {
    const value = parseTyped(path as NumericFieldPath, raw, unitOf(path as NumericFieldPath, units));
    return typeof value === "number" ? value : undefined;
  }
  return raw;
}

/**
 * The step's fields as the Assessment holds them (under their sections), from form values. A typed
 * value identical to the one shown keeps the stored canonical value exactly (no conversion drift on
 * revisits). A question hidden for now (its answer kept, ./steps.ts `askedWhen`) is saved as typed.
 */
export function fromFormValues(values: FormValues, step: StepDefinition, units: UnitChoices, draft: AssessmentInput): Record<string, unknown> {
  const out: Record<string, unknown> = {};
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

/**
 * The draft with this step's fields replaced (stepPaths: a step may ask for fields of several
 * sections, such as the fever's context beside the temperature); every other field is untouched.
 * A bare ICE score (from a file: the form asks for the items) is kept until items are entered.
 */
export function mergeStep(draft: AssessmentInput, step: StepDefinition, fields: Record<string, unknown>): AssessmentInput {
  const merged: Record<string, unknown> = { ...draft, schemaVersion: 1 };
  const owned = stepPaths(step);
  const replaced = get(fields, "neuro.iceItems") !== undefined && owned.includes("neuro.iceItems") ? [...owned, "neuro.iceScore"] : owned;
  for (const path of replaced) {
    const [section, ...rest] = path.split(".") as [string, ...string[]];
    if (rest.length === 0) {
      delete merged[section];
      continue;
    }
    const copy = { ...((merged[section] as Record<string, unknown> | null | undefined) ?? {}) };
    delete copy[rest.join(".")];
    merged[section] = copy;
  }
  for (const path of owned) {
    const value = get(fields, path);
    if (value !== undefined) set(merged, path, value);
  }
  for (const section of stepSections(step)) {
    const value = merged[section];
    if (value !== null && typeof value === "object" && Object.keys(value).length === 0) delete merged[section];
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
  const raw = get(values, path);
  const typed = quoted(raw);
  const reading = readTyped(field, raw, unit);
  if (reading.kind === "ambiguous") return `${label}: "${typed}" can be read two ways. ${ambiguityQuestion(reading.thousands, reading.decimal, unit)}`;
  if (reading.kind === "not-a-number") return `${label}: you typed "${typed}", which is not a number.`;
  if (reading.kind === "empty") return message;
  // The schema's rules, recognised by their wording (lib/assessment/schema.ts, cross-field.ts).
  if (message.includes("must be between")) {
    const { min, max } = rangeIn(field, unit);
    return `${label}: you typed ${typed}; it must be between ${formatNumber(min)} and ${withUnit(max, unit)}.${slipQuestion(field, raw, reading, unit)}`;
  }
  if (message.includes("must be a whole number")) return `${label}: you typed ${typed}; it must be a whole number.`;
  if (field === "vitals.diastolicBpMmHg" && message.includes("must be below the systolic")) {
    const systolic = readTyped("vitals.systolicBpMmHg", get(values, "vitals.systolicBpMmHg"), "mmHg");
    if (systolic.kind === "number") return `${label}: you typed ${typed}; it must be below the systolic pressure, ${withUnit(systolic.value, "mmHg")}.`;
  }
  if (field === "context.daysSinceInfusion" && message.includes("applies only to")) return `${label}: you typed ${typed}; it applies only to immune effector cell therapy, so leave it empty in this setting.`;
  return message;
}

export { fieldLabel };
