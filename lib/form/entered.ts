/**
 * "Entered data" as printed on the summary: every field of the form, step by step, in the unit the
 * person chose for it this session, and the fields left empty named as not assessed — so an
 * educator can check a trainee's data on paper. Unknown is never shown as normal.
 */
import { ENUM_FIELDS, NUMERIC_FIELDS, TRI_STATE_FIELDS, type EnumFieldPath, type NumericFieldPath, type TriStateFieldPath } from "../assessment/fields";
import { valueAt } from "../assessment/read";
import type { AssessmentInput } from "../assessment/schema";
import { STEPS, fieldShown, groupShown, type FieldSpec } from "./steps";
import { quantityText } from "../units";
import { unitOf, type UnitChoices } from "./unit-choice";
import { ICE_ITEM_KEYS } from "./values";

interface EnteredValue {
  readonly path: string;
  /** The field's name without a unit: the value carries the unit it was entered in. */
  readonly label: string;
  readonly value: string;
}

export interface EnteredSection {
  readonly stepId: string;
  readonly title: string;
  readonly values: readonly EnteredValue[];
  /** Labels of the fields left empty: not assessed (never read as normal). */
  readonly notAssessed: readonly string[];
}

const ICE_PATHS = ["neuro.iceScore", ...ICE_ITEM_KEYS.map((k) => `neuro.iceItems.${k}`)];

function labelOf(path: string): string {
  if (path in NUMERIC_FIELDS) return NUMERIC_FIELDS[path as NumericFieldPath].label;
  if (path in TRI_STATE_FIELDS) return TRI_STATE_FIELDS[path as TriStateFieldPath];
  if (path in ENUM_FIELDS) return ENUM_FIELDS[path as EnumFieldPath].label;
  return path;
}

/** A stored value in words: a number in the unit chosen for its field, Yes/No, an option's label. */
export function enteredValueText(path: string, value: unknown, units: UnitChoices): string {
  // null on an ICE item: the patient could not be tested on it; anywhere else, unknown (as absent).
  if (value === null) return ICE_PATHS.includes(path) ? "Not assessable" : "Unknown";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number" && path in NUMERIC_FIELDS) {
    return quantityText(path as NumericFieldPath, value, unitOf(path as NumericFieldPath, units));
  }
  if (typeof value === "string" && path in ENUM_FIELDS) {
    const options: Readonly<Record<string, string>> = ENUM_FIELDS[path as EnumFieldPath].options;
    return options[value] ?? value;
  }
  return String(value);
}

/** The paths a field of the form stands for; the ICE screen is its score or its items. */
function pathsOf(field: FieldSpec, assessment: AssessmentInput): readonly string[] {
  if (field.kind === "text") return []; // the case title heads the summary already
  if (field.kind !== "ice-items") return [field.path];
  const entered = ICE_PATHS.filter((p) => valueAt(assessment, p) !== undefined);
  // Items entered without a score (or a score without items) are complete: list what was entered.
  return entered.length > 0 ? entered : ["neuro.iceScore"];
}

/**
 * Every step's fields with what was entered, in the form's order; empty fields are listed as not
 * assessed — except a question the form would not ask for this case (CRS before the therapy when
 * no therapy was given, the CAPD for an adult), which cannot be "not assessed". A value stored for
 * such a question is still shown.
 */
export function enteredData(assessment: AssessmentInput, units: UnitChoices): readonly EnteredSection[] {
  const age = valueAt(assessment, "context.ageYears");
  const ageYears = typeof age === "number" ? age : undefined;
  return STEPS.filter((step) => step.groups.length > 0).map((step) => {
    const asked = (group: (typeof step.groups)[number], field: FieldSpec) => groupShown(group, ageYears) && fieldShown(field, (p) => valueAt(assessment, p) ?? undefined);
    const paths = step.groups.flatMap((group) =>
      group.fields.flatMap((field) => pathsOf(field, assessment).filter((path) => asked(group, field) || valueAt(assessment, path) !== undefined)),
    );
    const values: EnteredValue[] = [];
    const notAssessed: string[] = [];
    for (const path of paths) {
      const value = valueAt(assessment, path);
      if (value === undefined || (value === null && !ICE_PATHS.includes(path))) notAssessed.push(labelOf(path));
      else values.push({ path, label: labelOf(path), value: enteredValueText(path, value, units) });
    }
    return { stepId: step.id, title: step.title, values, notAssessed };
  });
}
