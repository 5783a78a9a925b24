/**
 * A quick yes for the plainly valid Assessment, without zod: built from the same field list the
 * schema is built from (fields.ts — kinds, ranges, whole-number rules, options) plus the very
 * cross-field rules the schema applies (cross-field.ts). It answers only "surely valid" or "ask
 * the schema": anything else — an unknown key, a wrong type, a value out of range — goes to
 * `validateAssessment`, which words the problems. Never laxer: tests/lib/assessment/quick-accept.test.ts
 * shows that it never says yes where zod says no, and says yes to every valid Assessment JSON can
 * carry (it leaves a `__proto__` key, which zod skips, to zod). Its input is data as JSON.parse
 * makes it (the browser's stored draft): it reads the keys for…in sees, so a property hidden from
 * it (made non-enumerable in code) is not checked.
 *
 * Why it exists: page weight. The result, review and summary pages and the course view check a
 * stored case with it and load the schema only for a case that fails it, so zod is not in their
 * first scripts. Measured (issue 29, `npm run bench:web`'s method, two builds differing only in
 * this): with it the result page loads 238.3 kB gz (1.40× the framework floor, ceiling 1.40×) and
 * the review 198.5 kB (1.17×, ceiling 1.25×); checking with the schema instead, 262.6 kB (1.54×)
 * and 222.9 kB (1.31×). The command line does not use it: there it saved 15 % of `score`'s CPU
 * time and the budget is missed either way (docs/performance.md, "One path per feature").
 */
import { crossFieldProblems } from "./cross-field";
import { FIELDS, LABEL_MAX_LENGTH, SCHEMA_VERSION, type Field } from "./fields";
import type { Assessment } from "./schema";

/** What one key of an object may hold (absent and null always may: unknown). */
type Rule =
  | { readonly kind: "number"; readonly min: number; readonly max: number; readonly integer: boolean }
  | { readonly kind: "boolean" }
  | { readonly kind: "option"; readonly options: ReadonlySet<string> }
  | { readonly kind: "text"; readonly maxLength: number }
  | { readonly kind: "object"; readonly keys: ReadonlyMap<string, Rule> };

/** What a field of fields.ts may hold. */
function fieldRule(field: Field): Rule {
  switch (field.kind) {
    case "number":
      return { kind: "number", min: field.min, max: field.max, integer: field.integer === true };
    case "finding":
      return { kind: "boolean" };
    case "choice":
      return { kind: "option", options: new Set(Object.keys(field.options)) };
  }
}

/** The object of the fields under `prefix` (`vitals.` → the vitals section), nested objects included. */
function objectRule(prefix: string): Rule & { readonly kind: "object" } {
  const keys = new Map<string, Rule>();
  for (const [path, field] of Object.entries(FIELDS)) {
    if (!path.startsWith(prefix)) continue;
    const [key, ...rest] = path.slice(prefix.length).split(".") as [string, ...string[]];
    if (rest.length === 0) keys.set(key, fieldRule(field));
    else if (!keys.has(key)) keys.set(key, objectRule(`${prefix}${key}.`));
  }
  return { kind: "object", keys };
}

const SECTIONS = objectRule("");

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null; // plain records only (JSON makes no others)
}

/** Does `value` pass `rule`? */
function passes(rule: Rule, value: unknown): boolean {
  if (value === null || value === undefined) return true;
  switch (rule.kind) {
    case "number":
      return typeof value === "number" && value >= rule.min && value <= rule.max && (!rule.integer || Number.isSafeInteger(value));
    case "boolean":
      return typeof value === "boolean";
    case "option":
      return typeof value === "string" && rule.options.has(value);
    case "text":
      return typeof value === "string" && value.length <= rule.maxLength;
    case "object":
      if (!isRecord(value)) return false;
      // Each key present (for…in sees exactly what JSON.parse made) must be one the contract has.
      for (const key in value) {
        const inner = Object.hasOwn(value, key) ? rule.keys.get(key) : undefined;
        if (inner === undefined || !passes(inner, value[key])) return false;
      }
      return true;
  }
}

/** The whole Assessment (`schemaVersion`, required, is checked apart: its one allowed value). */
const TOP: Rule & { readonly kind: "object" } = {
  kind: "object",
  keys: new Map<string, Rule>([
    ["schemaVersion", { kind: "number", min: SCHEMA_VERSION, max: SCHEMA_VERSION, integer: true }],
    ["label", { kind: "text", maxLength: LABEL_MAX_LENGTH }],
    ...SECTIONS.keys,
  ]),
};

/** True only when the schema surely accepts `input` unchanged (it has no transforms); false means "ask the schema". */
export function quickAccept(input: unknown): input is Assessment {
  if (!isRecord(input) || input.schemaVersion !== SCHEMA_VERSION || !passes(TOP, input)) return false;
  return crossFieldProblems(input as Assessment).length === 0;
}
