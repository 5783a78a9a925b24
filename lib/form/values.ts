/**
 * Between the form and the Assessment: numbers are typed as text in the unit the user chose and
 * stored canonical (./typed-value.ts); tri-states are radio values; nothing typed means unknown.
 * Data and pure functions only — no zod: the form steps render from this module, and the
 * validator (./step-schema.ts, the library's own schema behind this conversion) is loaded after
 * them.
 */
import { ICE_ITEMS, NUMERIC_FIELDS, type NumericFieldPath } from "../assessment/fields";
import { valueAt } from "../assessment/read";
import type { AssessmentInput } from "../assessment/schema";
import { editableText } from "../units";
import { stepPaths, stepSections, type FieldSpec, type StepDefinition } from "./steps";
import { parseTyped } from "./typed-value";
import { unitOf, type UnitChoices } from "./unit-choice";

/** The ICE screen's items, in the order the form asks them. */
export const ICE_ITEM_KEYS = ICE_ITEMS;

/** Form values: the Assessment's shape with text for numbers and radio values for yes/no. */
export type FormValues = Record<string, unknown>;

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
        const v = valueAt(draft, field.path);
        set(values, field.path, typeof v === "number" ? editableText(field.path, v, unitOf(field.path, units)) : "");
        break;
      }
      case "tri-state": {
        const v = valueAt(draft, field.path);
        set(values, field.path, typeof v === "boolean" ? String(v) : "");
        break;
      }
      case "choice":
      case "text": {
        const v = valueAt(draft, field.path);
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
        const raw = valueAt(values, field.path);
        const unit = unitOf(field.path, units);
        const stored = valueAt(draft, field.path);
        const unchanged = typeof stored === "number" && typeof raw === "string" && raw.trim() === editableText(field.path, stored, unit);
        const value = unchanged ? stored : parseTyped(field.path, raw, unit);
        if (value !== undefined) set(out, field.path, value);
        break;
      }
      case "tri-state": {
        const raw = valueAt(values, field.path);
        if (raw === "true" || raw === "false") set(out, field.path, raw === "true");
        break;
      }
      case "choice":
      case "text": {
        const raw = valueAt(values, field.path);
        if (typeof raw === "string" && raw.trim() !== "") set(out, field.path, field.kind === "text" ? raw.trim() : raw);
        break;
      }
      case "ice-items": {
        const items: Record<string, unknown> = {};
        let any = false;
        for (const key of ICE_ITEM_KEYS) {
          const notAssessable = valueAt(values, `iceNotAssessable.${key}`) === true;
          const raw = valueAt(values, `neuro.iceItems.${key}`);
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
  const replaced = valueAt(fields, "neuro.iceItems") !== undefined && owned.includes("neuro.iceItems") ? [...owned, "neuro.iceScore"] : owned;
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
    const value = valueAt(fields, path);
    if (value !== undefined) set(merged, path, value);
  }
  for (const section of stepSections(step)) {
    const value = merged[section];
    if (value !== null && typeof value === "object" && Object.keys(value).length === 0) delete merged[section];
  }
  return merged as AssessmentInput;
}

/**
 * The stored values with what was typed before the form came alive kept over them: a prerendered
 * step can be typed into while its scripts load (a non-empty text, a ticked box or a chosen radio
 * is typing; an empty field is not, so it never erases a stored value).
 */
export function withTypedKept(stored: FormValues, typed: FormValues): FormValues {
  const out: FormValues = { ...stored };
  for (const [key, value] of Object.entries(typed)) {
    if (value !== null && typeof value === "object") out[key] = withTypedKept((stored[key] as FormValues | undefined) ?? {}, value as FormValues);
    else if (value === true || (typeof value === "string" && value !== "")) out[key] = value;
  }
  return out;
}
