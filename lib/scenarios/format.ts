/**
 * How the instructor view writes a scenario's answer key, expected results and machine checks in
 * words. Everything here reads the field tables of lib/assessment and the instrument definitions,
 * so a label or unit is never restated.
 */
import { ENUM_FIELDS, NUMERIC_FIELDS, fieldLabel, type EnumFieldPath, type NumericFieldPath } from "@/lib/assessment/fields";
import { valueAt } from "@/lib/assessment/read";
import type { Assessment } from "@/lib/assessment/schema";
import { STEPS, ICE_ITEM_KEYS, stepOfField } from "@/lib/form";
import { groupDigits, joinUnit, roundedText } from "@/lib/units";
import type { InstrumentExpectation, Scenario, ScenarioCheck } from "./schema";
import { LEVEL_HEADLINES } from "@/lib/screen";
import { INSTRUMENTS } from "@/lib/scores";
import { INSTRUMENT_IDS, type InstrumentId } from "@/lib/scores/types";

const isNumeric = (path: string): path is NumericFieldPath => path in NUMERIC_FIELDS;
const isEnum = (path: string): path is EnumFieldPath => path in ENUM_FIELDS;

// The answer key's own rounding (lib/units/format.ts groups, marks "≈" and joins the unit, as
// everywhere else): thousands grouped ("14 500"), never with a comma, as the form reads a typed
// "14,500" as ambiguous, so an answer key must not print one.
const NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 2, useGrouping: false });
const SMALL_NUMBER = new Intl.NumberFormat("en-GB", { maximumSignificantDigits: 2, useGrouping: false });
const EXACT_NUMBER = new Intl.NumberFormat("en-GB", { maximumFractionDigits: 6, useGrouping: false });

/**
 * A number of the answer key as a person reads it: two decimals (two significant digits below 1).
 * Unit conversions leave long decimals in the key (310 mg/dL → 3.500056… mmol/L); those are marked "≈".
 */
function answerKeyNumber(value: number): string {
  const format = value !== 0 && Math.abs(value) < 1 ? SMALL_NUMBER : NUMBER;
  return roundedText(value, format.format(value));
}

/** The plain name of a field, without the unit (the value carries it). */
function plainLabel(path: string): string {
  return isNumeric(path) ? NUMERIC_FIELDS[path].label : fieldLabel(path);
}

/** A value of the Assessment as shown: number with canonical unit, Yes/No, option label, "Not assessable" for null. */
export function formatValue(path: string, value: unknown, exact = false): string {
  if (value === null) return "Not assessable";
  if (typeof value === "boolean") return value ? "Yes" : "No";
  if (typeof value === "number") {
    const unit = isNumeric(path) ? NUMERIC_FIELDS[path].unit : "";
    return joinUnit(exact ? groupDigits(EXACT_NUMBER.format(value)) : answerKeyNumber(value), value, unit);
  }
  if (typeof value === "string") {
    if (isEnum(path)) {
      const options: Readonly<Record<string, string>> = ENUM_FIELDS[path].options;
      return options[value] ?? value;
    }
    return `“${value}”`;
  }
  return JSON.stringify(value);
}

/** Field paths in the order the form asks for them ("label" first, the ICE score before its items). */
const FIELD_ORDER: readonly string[] = STEPS.flatMap((step) =>
  step.groups.flatMap((group) =>
    group.fields.flatMap((field) => (field.kind === "ice-items" ? ["neuro.iceScore", ...ICE_ITEM_KEYS.map((k) => `neuro.iceItems.${k}`)] : [field.path])),
  ),
);

function leafPaths(node: unknown, prefix: string): string[] {
  if (node === null || typeof node !== "object") return [prefix];
  return Object.entries(node).flatMap(([key, child]) => leafPaths(child, prefix ? `${prefix}.${key}` : key));
}

interface AnswerRow {
  readonly path: string;
  readonly label: string;
  readonly value: string;
}

export interface AnswerSection {
  readonly id: string;
  readonly title: string;
  readonly rows: readonly AnswerRow[];
}

/** The answer key grouped by the form's steps, in the form's order; steps with nothing entered are left out. */
export function answerKeySections(answerKey: Assessment): readonly AnswerSection[] {
  const rank = (path: string) => {
    const i = FIELD_ORDER.indexOf(path);
    return i === -1 ? FIELD_ORDER.length : i;
  };
  const paths = leafPaths(answerKey, "")
    .filter((p) => p !== "schemaVersion")
    .toSorted((a, b) => rank(a) - rank(b));
  return STEPS.flatMap((step) => {
    const rows = paths
      .filter((p) => stepOfField(p) === step.id)
      .map((path) => ({ path, label: plainLabel(path), value: formatValue(path, valueAt(answerKey, path)) }));
    return rows.length === 0 ? [] : [{ id: step.id, title: step.title, rows }];
  });
}

/** One instrument's expectation, in words ("value 299, meets the threshold (≥ 169 points)"). */
function describeExpectation(instrument: InstrumentId, expect: InstrumentExpectation): string {
  const threshold = INSTRUMENTS[instrument].threshold;
  const parts: string[] = [];
  if (expect.value !== undefined) parts.push(expect.value === null ? "value still open (unknown data could change it)" : `value ${expect.value}`);
  if (expect.min !== undefined) parts.push(`lowest possible ${expect.min}`);
  if (expect.max !== undefined) parts.push(`highest possible ${expect.max}`);
  if (expect.meetsThreshold === true) parts.push(`meets the threshold (${threshold})`);
  if (expect.meetsThreshold === false) parts.push(`below the threshold (${threshold})`);
  if (expect.meetsThreshold === null) parts.push(`threshold (${threshold}) not yet decided`);
  if (expect.applicable === true) parts.push("applies in this setting");
  if (expect.applicable === false) parts.push("does not apply in this setting");
  return parts.join(", ");
}

/** A checklist item's machine check, in words. */
export function describeCheck(check: ScenarioCheck): string {
  switch (check.kind) {
    case "instrument":
      return `The trainee's ${INSTRUMENTS[check.instrument].name} gives ${describeExpectation(check.instrument, check.expect)}.`;
    case "level":
      return `The trainee's overall level is “${LEVEL_HEADLINES[check.level]}”.`;
    case "complete":
      return `Nothing is missing for ${INSTRUMENTS[check.instrument].name} in the trainee's entries (its result is settled).`;
    case "field": {
      const label = plainLabel(check.path);
      if (check.within) {
        const [low, high] = check.within;
        const unit = isNumeric(check.path) ? NUMERIC_FIELDS[check.path].unit : "";
        return `${label} entered between ${groupDigits(EXACT_NUMBER.format(low))} and ${joinUnit(groupDigits(EXACT_NUMBER.format(high)), high, unit)} (canonical unit; the form converts other units).`;
      }
      return `${label} entered as ${formatValue(check.path, check.equals, true)}.`;
    }
  }
}

export interface ExpectedRow {
  readonly instrument: InstrumentId;
  readonly name: string;
  readonly threshold: string;
  readonly value: string;
  readonly range: string;
  readonly meets: string;
  readonly applies: string;
}

const NOT_STATED = "—";

function rangeOf(expect: InstrumentExpectation): string {
  const { min, max } = expect;
  if (min !== undefined && max !== undefined) return min === max ? String(min) : `${min}–${max}`;
  if (min !== undefined) return `≥ ${min}`;
  if (max !== undefined) return `≤ ${max}`;
  return NOT_STATED;
}

function yesNo(value: boolean | null | undefined, open: string): string {
  if (value === undefined) return NOT_STATED;
  if (value === null) return open;
  return value ? "Yes" : "No";
}

/** The expected results of the answer key, one row per instrument named in `expected`, in the Screening's order. */
export function expectedRows(expected: Scenario["expected"]): readonly ExpectedRow[] {
  return INSTRUMENT_IDS.flatMap((id) => {
    const expect = expected.instruments[id];
    if (!expect) return [];
    const d = INSTRUMENTS[id];
    let value = NOT_STATED;
    if (expect.value === null) value = "Open";
    else if (expect.value !== undefined) value = String(expect.value);
    return [
      {
        instrument: id,
        name: d.name,
        threshold: d.threshold,
        value,
        range: rangeOf(expect),
        meets: yesNo(expect.meetsThreshold, "Not yet decided"),
        applies: yesNo(expect.applicable, NOT_STATED),
      },
    ];
  });
}
