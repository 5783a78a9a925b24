/**
 * What the result page shows beside each published criterion: the values that were entered for it,
 * in the unit the person chose, the published threshold they fall on, and where to enter what is
 * still missing. Pure functions (no React) over the instrument modules: each criterion names the
 * fields it reads (lib/scores/<id>/index.ts; tests/lib/result/criteria.test.ts checks that every
 * field an open criterion asks for is among them).
 */
import { ENUM_FIELDS, NUMERIC_FIELDS, TRI_STATE_FIELDS, type EnumFieldPath, type NumericFieldPath, type TriStateFieldPath } from "../assessment/fields";
import { ICE_MIN_AGE_YEARS, encephalopathyTests, iceScore } from "../assessment/derived";
import { CAPD_GRADE_3_FROM } from "../scores/astct-icans";
import { meets, valueAt, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { stepOfField, unitOf, type UnitChoices } from "../form";
import { criterionFields, thresholdsOf, type FieldPath } from "../scores/index";
import { NEGATION } from "../scores/words";
import type { InstrumentId } from "../scores/types";
import { COMPARISON_SIGNS, editableText, groupDigits, isConvertible, quantityOf, quantityText, toCanonical, type Quantity, type UnitOf } from "../units";

/** Where the ICE total is entered: its first item (the total itself has no input). */
const FIRST_ICE_ITEM = "neuro.iceItems.orientation";

/** One field as entered: "Ferritin 8 500 ng/mL", with the published threshold it falls on. */
export interface EnteredValue {
  readonly path: string;
  /** A number, a yes/no finding, or a choice from a list. */
  readonly kind: "number" | "yes-no" | "choice";
  readonly label: string;
  /** The value as entered, in the unit chosen ("8 500 ng/mL", "yes", "Awakens to voice"); null when not entered. */
  readonly text: string | null;
  /** The published threshold of this instrument the value falls on ("> 6 000"), when it has one. */
  readonly threshold: string | null;
}


function canonicalOf(t: Threshold): number {
  return isConvertible(t.path) ? toCanonical(quantityOf(t.path), t.unit as UnitOf<Quantity>, t.value) : t.value;
}

function statedIn(t: Threshold, comparison: keyof typeof NEGATION, unit: string): string {
  const shown = groupDigits(editableText(t.path as NumericFieldPath, canonicalOf(t), unit));
  const published = t.unit === unit ? "" : ` (published ${groupDigits(String(t.value))} ${t.unit})`;
  return `${COMPARISON_SIGNS[comparison]} ${shown}${published}`;
}

/**
 * Where an entered number falls among the instrument's published thresholds on that field, judged
 * exactly as the instrument judges it (`meets`, in the published unit): the most extreme threshold
 * met ("> 6 000" for ferritin 8 500 on the HScore), or, when none is met, the first one negated
 * ("< 2 000"). Stated in the unit chosen, with the published figure when that unit differs.
 */
export function thresholdFallenOn(assessment: Assessment, instrument: InstrumentId, path: NumericFieldPath, units: UnitChoices): string | null {
  const thresholds = thresholdsOf(instrument)
    .map((f) => f.threshold)
    .filter((t) => t.path === path);
  if (thresholds.length === 0) return null;
  const unit = unitOf(path, units);
  const met = thresholds.filter((t) => meets(assessment, t).value === true);
  if (met.length === 0) {
    const first = thresholds[0]!;
    return meets(assessment, first).value === false ? statedIn(first, NEGATION[first.comparison], unit) : null;
  }
  const up = met[0]!.comparison === ">=" || met[0]!.comparison === ">";
  const extreme = met.reduce((a, b) => ((up ? canonicalOf(b) > canonicalOf(a) : canonicalOf(b) < canonicalOf(a)) ? b : a));
  return statedIn(extreme, extreme.comparison, unit);
}

function kindOf(path: FieldPath): EnteredValue["kind"] {
  if (path in NUMERIC_FIELDS) return "number";
  return path in TRI_STATE_FIELDS ? "yes-no" : "choice";
}

function textOf(assessment: Assessment, path: FieldPath, units: UnitChoices): string | null {
  const value = valueAt(assessment, path);
  if (value === undefined || value === null) return null;
  if (path in NUMERIC_FIELDS && typeof value === "number") {
    return quantityText(path as NumericFieldPath, value, unitOf(path as NumericFieldPath, units));
  }
  if (path in TRI_STATE_FIELDS) return value === true ? "yes" : "no";
  if (path in ENUM_FIELDS) {
    const options: Readonly<Record<string, string>> = ENUM_FIELDS[path as EnumFieldPath].options;
    return options[String(value)] ?? String(value);
  }
  return String(value);
}

function labelOf(path: FieldPath): string {
  if (path in NUMERIC_FIELDS) return NUMERIC_FIELDS[path as NumericFieldPath].label;
  if (path in TRI_STATE_FIELDS) return TRI_STATE_FIELDS[path as TriStateFieldPath];
  return ENUM_FIELDS[path as EnumFieldPath].label;
}

/** The ICE total as the result states it: "7 of 10", or a range while items are not assessable or not recorded. */
export function iceTotal(assessment: Assessment): { readonly text: string; readonly known: boolean } {
  const ice = iceScore(assessment);
  if (ice.basis === "unknown") return { text: "not recorded", known: false };
  if (ice.min === ice.max) return { text: `${ice.min} of 10`, known: true };
  const why = [
    ice.notAssessable.length > 0 ? `${ice.notAssessable.join(", ")} not assessable` : null,
    ice.notRecorded.length > 0 ? `${ice.notRecorded.join(", ")} not recorded` : null,
  ].filter((x) => x !== null);
  return { text: `${ice.min}–${ice.max} of 10 (${why.join("; ")})`, known: false };
}

/**
 * The encephalopathy totals the ICANS card states: the ICE total from 12 years, the CAPD total
 * under 12, both while the age is unknown (which one applies depends on it; derived.ts says why).
 */
export function encephalopathyTotals(assessment: Assessment): string {
  const CAPD = NUMERIC_FIELDS["neuro.capdScore"];
  const tests = encephalopathyTests(assessment.context?.ageYears ?? undefined);
  const capd = assessment.neuro?.capdScore;
  const capdText = `CAPD total: ${capd == null ? "not recorded" : `${capd} (of ${CAPD.min}–${CAPD.max}; ≥ ${CAPD_GRADE_3_FROM} is grade 3)`}`;
  const iceText = `ICE total: ${iceTotal(assessment).text}`;
  if (tests.length === 2) return `${iceText}. ${capdText}. Age not recorded: ICE applies from ${ICE_MIN_AGE_YEARS} years, the CAPD under ${ICE_MIN_AGE_YEARS}.`;
  return `${tests[0] === "capd" ? capdText : iceText}.`;
}

/**
 * The values entered for one criterion, each in the unit chosen. The ICE domain is shown as its
 * total (the items are on the neurology step). Fields not entered are listed too (text null): the
 * row then says what would settle it.
 */
export function enteredValues(assessment: Assessment, instrument: InstrumentId, criterion: string, units: UnitChoices): readonly EnteredValue[] {
  if (instrument === "astct-icans" && criterion === "ice") {
    const ice = iceTotal(assessment);
    return [{ path: FIRST_ICE_ITEM, kind: "number", label: "ICE total", text: ice.text === "not recorded" ? null : ice.text, threshold: null }];
  }
  return criterionFields(instrument, criterion).map((path) => ({
    path,
    kind: kindOf(path),
    label: labelOf(path),
    text: textOf(assessment, path, units),
    threshold: path in NUMERIC_FIELDS && valueAt(assessment, path) != null ? thresholdFallenOn(assessment, instrument, path as NumericFieldPath, units) : null,
  }));
}

/**
 * The element id the form gives a field (components/assessment/field.tsx uses this function), so a
 * link can land on it. The ICE score itself has no input: its items do.
 */
function fieldElementId(path: string): string {
  const target = path === "neuro.iceScore" ? FIRST_ICE_ITEM : path;
  return `field-${target.replace(/\./g, "-")}`;
}

/** Where a field is entered: its step, scrolled to the field. */
export function fieldHref(path: string): string {
  return `/assess/${stepOfField(path)}#${fieldElementId(path)}`;
}
