import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { AssessmentSchema, FIELD_PATHS, NUMERIC_FIELDS, validateAssessment } from "@/lib/assessment";
import { quickAccept } from "@/lib/assessment/quick-accept";
import { assessmentArbitrary } from "../arbitraries";
import { KNOWN_NORMAL } from "../fixtures";

/** The fully known baseline as raw input (not validated: some of these are meant to fail). */
const withVitals = (vitals: Record<string, unknown>): unknown => ({ schemaVersion: 1, ...KNOWN_NORMAL, vitals: { ...KNOWN_NORMAL.vitals, ...vitals } });

const SECTIONS = ["context", "vitals", "findings", "neuro", "labs", "pathology"] as const;

/** Values that probe every rule: types, JSON oddities, range ends and just past them, keys that are not fields. */
const probe: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, undefined, true, false, 0, -0, 1, -1, 0.5, 2.5, 1e308, -1e308, Number.NaN, Infinity, -Infinity, "", "1", [], {}, Object.create(null)),
  fc.constantFrom(...Object.values(NUMERIC_FIELDS).flatMap((f) => [f.min, f.max, f.min - 1e-9, f.max + 1e-9, f.min + 0.5, f.max - 0.5])),
  fc.constantFrom("immune-effector-cell-therapy", "other", "none", "nasal-cannula", "alert", "IMMUNE-EFFECTOR-CELL-THERAPY", "x".repeat(121), "x".repeat(120)),
);
const key = fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom("__proto__", "constructor", "toString", "hasOwnProperty"));

/** A valid assessment with one place changed: a field, a section, the top level, or a key that is not in the contract. */
const mutated = fc
  .tuple(assessmentArbitrary("any"), fc.constantFrom(...SECTIONS, "top", "iceItems"), fc.boolean(), key, probe)
  .map(([input, where, known, extra, value]) => {
    const copy = JSON.parse(JSON.stringify(input)) as Record<string, unknown>;
    const section = (name: string): Record<string, unknown> => ((copy[name] ??= {}) as Record<string, unknown>);
    let target = copy;
    if (where === "iceItems") target = (section("neuro").iceItems ??= {}) as Record<string, unknown>;
    else if (where !== "top") target = section(where);
    const keys = Object.keys(target);
    const name = known && keys.length > 0 ? keys[extra.length % keys.length]! : extra;
    Object.defineProperty(target, name, { value, enumerable: true, writable: true, configurable: true });
    return copy;
  });

describe("quickAccept: a fast yes without zod, never laxer than the schema", () => {
  // A guard on zod's own definition: should the schema gain a second refinement, this fails and
  // quickAccept must learn the new rule (cross-field.ts) before it can vouch for anything again.
  test("the schema is the shape plus one refinement (the cross-field rules quickAccept also applies)", () => {
    expect((AssessmentSchema as unknown as { _zod: { def: { checks: unknown[] } } })._zod.def.checks).toHaveLength(1);
  });

  test("every valid assessment is accepted quickly (so bulk scoring really takes the fast path)", () => {
    fc.assert(
      fc.property(assessmentArbitrary("any"), (input) => {
        expect(quickAccept(JSON.parse(JSON.stringify(input)))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("it accepts any valid assessment with fields, the ICE items or whole sections left null (unknown), as the schema does", () => {
    const withNulls = fc.tuple(assessmentArbitrary("any"), fc.subarray([...FIELD_PATHS]), fc.subarray([...SECTIONS, "neuro.iceItems"])).map(([input, nulled, nulledSections]) => {
      const copy = JSON.parse(JSON.stringify(input)) as Record<string, Record<string, unknown> | null | undefined>;
      for (const path of nulled) {
        const [section, key, inner] = path.split(".") as [string, string, string?];
        const record = (copy[section] ??= {});
        if (inner === undefined) record[key] = null;
        else if (record[key] !== null && typeof record[key] === "object") (record[key] as Record<string, unknown>)[inner] = null;
      }
      for (const path of nulledSections) {
        const [section, key] = path.split(".") as [string, string?];
        if (key === undefined) copy[section] = null;
        else if (copy[section] != null) copy[section][key] = null;
      }
      return copy as unknown;
    });
    fc.assert(
      fc.property(withNulls, (input) => {
        expect(validateAssessment(input).ok).toBe(true);
        expect(quickAccept(input)).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  test("on inputs changed in one place, it says yes exactly when zod does (a `__proto__` key, which zod skips, it leaves to zod)", () => {
    fc.assert(
      fc.property(mutated, (input) => {
        const zodSays = validateAssessment(input).ok;
        if (JSON.stringify(input).includes('"__proto__"')) expect(quickAccept(input)).toBe(false);
        else expect(quickAccept(input)).toBe(zodSays);
      }),
      { numRuns: 3000 },
    );
  });

  test("records of the contract's keys holding anything at all: when it says yes, so does zod (and it does say yes)", () => {
    const fieldKeys = FIELD_PATHS.map((path) => path.split(".")[1]!);
    const section = fc.dictionary(fc.constantFrom(...fieldKeys, "iceItems", "other"), fc.oneof(fc.anything(), fc.constant(null), fc.boolean(), fc.double()), { maxKeys: 4 });
    const record = fc
      .dictionary(fc.constantFrom(...SECTIONS, "label", "other"), fc.oneof(section, fc.anything(), fc.constant(null)), { maxKeys: 4 })
      .map((sections) => ({ schemaVersion: 1, ...sections }));
    let accepted = 0;
    fc.assert(
      fc.property(record, (input) => {
        if (!quickAccept(input)) return;
        accepted++;
        expect(validateAssessment(input).ok).toBe(true);
      }),
      { numRuns: 2000 },
    );
    expect(accepted).toBeGreaterThan(50);
  });

  test("the cross-field rules apply: diastolic not below systolic is refused", () => {
    expect(quickAccept(withVitals({ systolicBpMmHg: 100, diastolicBpMmHg: 99 }))).toBe(true);
    expect(quickAccept(withVitals({ systolicBpMmHg: 100, diastolicBpMmHg: 100 }))).toBe(false);
  });

  test("range ends as the schema has them: at the end yes, just past it no; whole numbers only where required", () => {
    expect(quickAccept(withVitals({ temperatureMaxC: 45 }))).toBe(true);
    expect(quickAccept(withVitals({ temperatureMaxC: 45.0000001 }))).toBe(false);
    expect(quickAccept(withVitals({ temperatureMaxC: 30 }))).toBe(true);
    expect(quickAccept(withVitals({ temperatureMaxC: 29.9999999 }))).toBe(false);
    expect(quickAccept(withVitals({ vasopressorsExcludingVasopressin: 1.5 }))).toBe(false);
    expect(quickAccept({ ...(withVitals({}) as object), schemaVersion: 2 })).toBe(false);
  });
});
