/**
 * The field readers (read.ts: findingReader, numberReader, valueReader, choiceReader) read each field exactly as
 * the generic path reader does, inside a screening (from its field buffers) and outside one, and
 * share their unknown readings frozen.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ENUM_FIELDS, NUMERIC_FIELDS, TRI_STATE_FIELDS, validateAssessment, type Assessment } from "@/lib/assessment";
import type { EnumFieldPath, NumericFieldPath, TriStateFieldPath } from "@/lib/assessment/fields";
import { choiceReader, findingReader, numberReader, valueAt, valueReader, withFieldValues } from "@/lib/assessment/read";
import { assessmentArbitrary } from "../arbitraries";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

function valid(input: unknown): Assessment {
  const result = validateAssessment(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.assessment;
}

const numbers = (Object.keys(NUMERIC_FIELDS) as NumericFieldPath[]).map((path) => ({ path, read: numberReader(path) }));
const values = (Object.keys(NUMERIC_FIELDS) as NumericFieldPath[]).map((path) => ({ path, read: valueReader(path) }));
const findings = (Object.keys(TRI_STATE_FIELDS) as TriStateFieldPath[]).map((path) => ({ path, read: findingReader(path) }));
const choices = (Object.keys(ENUM_FIELDS) as EnumFieldPath[]).map((path) => ({ path, read: choiceReader(path) }));

/** Every reader's answer, as the generic reader would give it. */
function expected(assessment: Assessment) {
  return {
    numbers: numbers.map(({ path }) => {
      const value = valueAt(assessment, path);
      const field = NUMERIC_FIELDS[path];
      return typeof value === "number" ? { path, known: true, low: value, high: value } : { path, known: false, low: field.min, high: field.max };
    }),
    values: values.map(({ path }) => {
      const value = valueAt(assessment, path);
      return typeof value === "number" ? value : undefined;
    }),
    findings: findings.map(({ path }) => {
      const value = valueAt(assessment, path);
      return typeof value === "boolean" ? { value, missing: [] } : { value: null, missing: [path] };
    }),
    choices: choices.map(({ path }) => {
      const value = valueAt(assessment, path);
      return typeof value === "string" ? { known: true, values: [value] } : { known: false, values: Object.keys(ENUM_FIELDS[path].options) };
    }),
  };
}

const read = (assessment: Assessment) => ({
  numbers: numbers.map((r) => r.read(assessment)),
  values: values.map((r) => r.read(assessment)),
  findings: findings.map((r) => r.read(assessment)),
  choices: choices.map((r) => r.read(assessment)),
});

describe("field readers", () => {
  test("read every field as the generic path reader does, outside and inside a screening", () => {
    fc.assert(
      fc.property(assessmentArbitrary("any").map(valid), (assessment) => {
        const want = expected(assessment);
        expect(read(assessment)).toEqual(want);
        expect(withFieldValues(assessment, read)).toEqual(want);
        // Inside a screening of another assessment, this one is read by path.
        expect(withFieldValues(valid({ schemaVersion: 1 }), () => read(assessment))).toEqual(want);
      }),
      { numRuns: RUNS },
    );
  });

  test("share one frozen reading for an unknown field, and for each option entered", () => {
    const empty = valid({ schemaVersion: 1 });
    const first = read(empty);
    const again = withFieldValues(empty, read);
    for (const group of ["numbers", "findings", "choices"] as const) {
      first[group].forEach((reading, i) => {
        expect(again[group][i]).toBe(reading);
        expect(Object.isFrozen(reading)).toBe(true);
      });
    }
    const device = choiceReader("vitals.oxygenDevice");
    const a = valid({ schemaVersion: 1, vitals: { oxygenDevice: "cpap" } });
    const b = valid({ schemaVersion: 1, vitals: { oxygenDevice: "cpap" } });
    expect(device(a)).toBe(device(b));
    expect(Object.isFrozen(device(a).values)).toBe(true);
  });
});
