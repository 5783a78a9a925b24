/**
 * A quick yes for the plainly valid Assessment, without zod: built from the same field tables the
 * schema is built from (fields.ts — kinds, ranges, whole-number rules, options) plus the very
 * cross-field rules the schema applies (cross-field.ts). It answers only "surely valid" or "ask
 * the schema": anything else — an unknown key, a wrong type, a value out of range — goes to
 * `validateAssessment`, which words the problems. So it can make validation faster and keep zod
 * out of a page's first scripts (the result page and the summary load the schema only for a case
 * that fails this check), never laxer: tests/lib/assessment/quick-accept.test.ts shows that it
 * never says yes where zod says no, and says yes to every valid Assessment JSON can carry (it
 * leaves a `__proto__` key, which zod skips, to zod). Its input is data as JSON.parse makes it —
 * what both callers have (the CLI's file, the browser's stored draft): it reads the keys for…in
 * sees, so a property hidden from it (made non-enumerable in code) is not checked. `crs-screen
 * score` checks thousands of items with it, several times faster than zod/mini's parser.
 *
 * Since it visits every field anyway, it can also keep what it accepts, as field values
 * (field-values.ts) for screen() to use instead of reading the item again. Why: items parsed from
 * JSON in which different fields are entered come in thousands of object shapes, and the literal
 * reads of readFieldValues then cost ~8 µs per item (megamorphic loads) against ~2 µs here.
 */
import { crossFieldProblems } from "./cross-field";
import { FIELD_INDEX, NUMERIC_FIELD_COUNT, type FieldValues } from "./field-values";
import { ENUM_FIELDS, LABEL_MAX_LENGTH, NUMERIC_FIELDS, SCHEMA_VERSION, TRI_STATE_FIELDS } from "./fields";
import type { Assessment } from "./schema";

/**
 * What one key of an object may hold (absent and null always may: unknown). A field's rule knows
 * where its value goes among the field values: `number` in `numbers`, `other` in `others` (-1: kept nowhere).
 */
type Rule =
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly integer: boolean; readonly number: number; readonly other: -1 }
  | { readonly kind: "boolean"; readonly other: number }
  | { readonly kind: "option"; readonly options: ReadonlySet<string>; readonly other: number }
  | { readonly kind: "text"; readonly maxLength: number; readonly other: -1 }
  | { readonly kind: "object"; readonly keys: ReadonlyMap<string, Rule>; readonly other: -1 };

/** Where a field's value goes in FieldValues.others. */
const otherPosition = (path: string): number => FIELD_INDEX.get(path)! - NUMERIC_FIELD_COUNT;

/** The object of the field paths under `prefix` (`vitals.` → the vitals section), nested objects included. */
function objectRule(prefix: string): Rule & { readonly kind: "object" } {
  const keys = new Map<string, Rule>();
  const add = (path: string, rule: Rule) => {
    const key = path.slice(prefix.length).split(".")[0]!;
    if (path.slice(prefix.length) === key) keys.set(key, rule);
    else if (!keys.has(key)) keys.set(key, objectRule(`${prefix}${key}.`));
  };
  for (const [path, field] of Object.entries(NUMERIC_FIELDS)) {
    if (path.startsWith(prefix)) add(path, { kind: "number", min: field.min, max: field.max, integer: "integer" in field && field.integer === true, number: FIELD_INDEX.get(path)!, other: -1 });
  }
  for (const path of Object.keys(TRI_STATE_FIELDS)) if (path.startsWith(prefix)) add(path, { kind: "boolean", other: otherPosition(path) });
  for (const [path, field] of Object.entries(ENUM_FIELDS)) if (path.startsWith(prefix)) add(path, { kind: "option", options: new Set(Object.keys(field.options)), other: otherPosition(path) });
  return { kind: "object", keys, other: -1 };
}

const SECTIONS = objectRule("");

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null; // plain records only (JSON makes no others)
}

/** Does `value` pass `rule`? Each field that does is kept in `into` (when given). */
function passes(rule: Rule, value: unknown, into: FieldValues | undefined): boolean {
  if (value === null || value === undefined) {
    // A null kept as null, as readFieldValues keeps it (a number not entered stays NaN).
    if (into !== undefined && rule.other >= 0) into.others[rule.other] = value;
    return true;
  }
  switch (rule.kind) {
    case "number":
      if (!(typeof value === "number" && value >= rule.min && value <= rule.max && (!rule.integer || Number.isSafeInteger(value)))) return false;
      if (into !== undefined && rule.number >= 0) into.numbers[rule.number] = value;
      return true;
    case "boolean":
      if (typeof value !== "boolean") return false;
      if (into !== undefined) into.others[rule.other] = value;
      return true;
    case "option":
      if (!(typeof value === "string" && rule.options.has(value))) return false;
      if (into !== undefined) into.others[rule.other] = value;
      return true;
    case "text":
      return typeof value === "string" && value.length <= rule.maxLength;
    case "object":
      if (!isRecord(value)) return false;
      // Each key present (for…in sees exactly what JSON.parse made) must be one the contract has.
      for (const key in value) {
        const inner = Object.hasOwn(value, key) ? rule.keys.get(key) : undefined;
        if (inner === undefined || !passes(inner, value[key], into)) return false;
      }
      return true;
  }
}

/** The whole Assessment (`schemaVersion`, required, is checked apart: its one allowed value). */
const TOP: Rule & { readonly kind: "object" } = {
  kind: "object",
  other: -1,
  keys: new Map<string, Rule>([
    ["schemaVersion", { kind: "number", min: SCHEMA_VERSION, max: SCHEMA_VERSION, integer: true, number: -1, other: -1 }],
    ["label", { kind: "text", maxLength: LABEL_MAX_LENGTH, other: -1 }],
    ...SECTIONS.keys,
  ]),
};

/**
 * True only when the schema surely accepts `input` unchanged (it has no transforms); false means
 * "ask the schema". `into`: field values with nothing entered (emptyFieldValues), filled with the
 * input's fields — for screen(), and only when the answer is true.
 */
export function quickAccept(input: unknown, into?: FieldValues): input is Assessment {
  if (!isRecord(input) || input.schemaVersion !== SCHEMA_VERSION || !passes(TOP, input, into)) return false;
  if (crossFieldProblems(input as Assessment).length > 0) return false;
  if (into !== undefined) into.source = input;
  return true;
}
