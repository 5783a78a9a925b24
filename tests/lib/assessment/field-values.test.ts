/**
 * The flat field read (field-values.ts) is a hand-written list of literal property reads, kept in
 * step with the field tables by these tests: it lists every field exactly once, reads each one as
 * the generic path reader does, and a screening (which uses it) equals the instruments scored
 * directly (which do not).
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { ENUM_FIELDS, NUMERIC_FIELDS, TRI_STATE_FIELDS, validateAssessment, type Assessment } from "@/lib/assessment";
import { emptyFieldValues, FIELD_INDEX, FIELD_PATHS, NUMERIC_FIELD_COUNT, readFieldValues } from "@/lib/assessment/field-values";
import { valueAt, withFieldValues } from "@/lib/assessment/read";
import { INSTRUMENTS } from "@/lib/scores";
import { screen } from "@/lib/screen";
import { assessmentArbitrary } from "../arbitraries";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);

function valid(input: unknown): Assessment {
  const result = validateAssessment(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.assessment;
}

describe("the flat field read", () => {
  test("lists every field of the contract exactly once", () => {
    const tables = [...Object.keys(NUMERIC_FIELDS), ...Object.keys(TRI_STATE_FIELDS), ...Object.keys(ENUM_FIELDS)];
    expect([...FIELD_PATHS].sort()).toEqual(tables.sort());
    expect(FIELD_INDEX.size).toBe(FIELD_PATHS.length);
  });

  test("lists the numeric fields first (they are kept unboxed)", () => {
    expect(FIELD_PATHS.slice(0, NUMERIC_FIELD_COUNT).sort()).toEqual(Object.keys(NUMERIC_FIELDS).sort());
  });

  test("reads each field as the generic path reader does", () => {
    const values = emptyFieldValues();
    fc.assert(
      fc.property(assessmentArbitrary("any").map(valid), (assessment) => {
        // Into used buffers: every field is written, none left over from the last assessment.
        readFieldValues(assessment, values);
        FIELD_PATHS.forEach((path, index) => {
          const value = valueAt(assessment, path);
          if (index < NUMERIC_FIELD_COUNT) expect(values.numbers[index], path).toBe(typeof value === "number" ? value : Number.NaN);
          else expect(values.others[index - NUMERIC_FIELD_COUNT], path).toBe(value);
        });
      }),
      { numRuns: RUNS },
    );
  });

  test("a screening scores every instrument exactly as a direct call does", () => {
    fc.assert(
      fc.property(assessmentArbitrary("any").map(valid), (assessment) => {
        const direct = Object.values(INSTRUMENTS).map((score) => score(assessment));
        expect(screen(assessment).instruments).toEqual(direct);
      }),
      { numRuns: RUNS },
    );
  });

  test("answers only for the assessment being screened, and not after", () => {
    const a = valid({ schemaVersion: 1, labs: { ferritinNgPerMl: 800 } });
    const b = valid({ schemaVersion: 1, labs: { ferritinNgPerMl: 300 } });
    withFieldValues(a, () => {
      expect(valueAt(a, "labs.ferritinNgPerMl")).toBe(800);
      expect(valueAt(b, "labs.ferritinNgPerMl")).toBe(300);
    });
    // Outside the call nothing is remembered: an assessment changed afterwards reads as changed.
    const changed = structuredClone(a);
    withFieldValues(changed, () => valueAt(changed, "labs.ferritinNgPerMl"));
    changed.labs = { ferritinNgPerMl: 900 };
    expect(valueAt(changed, "labs.ferritinNgPerMl")).toBe(900);
  });

  test("reads a field not entered exactly as the assessment holds it (null or absent), while screening too", () => {
    const a = valid({ schemaVersion: 1, neuro: { iceItems: { orientation: null, naming: 3 } }, labs: { ferritinNgPerMl: null } });
    withFieldValues(a, () => {
      expect(valueAt(a, "neuro.iceItems.orientation")).toBeNull();
      expect(valueAt(a, "neuro.iceItems.naming")).toBe(3);
      expect(valueAt(a, "neuro.iceItems.writing")).toBeUndefined();
      expect(valueAt(a, "labs.ferritinNgPerMl")).toBeNull();
    });
  });

  test("after a scoring that throws, nothing is read from its buffers, and the next screening reads its own", () => {
    const a = valid({ schemaVersion: 1, labs: { ferritinNgPerMl: 800 } });
    const b = valid({ schemaVersion: 1, labs: { ferritinNgPerMl: 300 } });
    const bAlone = screen(b);
    expect(() =>
      withFieldValues(a, () => {
        throw new Error("scoring failed");
      }),
    ).toThrow("scoring failed");
    // a is read by path again: changed, it reads as changed.
    a.labs = { ferritinNgPerMl: 900 };
    expect(valueAt(a, "labs.ferritinNgPerMl")).toBe(900);
    expect(screen(b)).toEqual(bAlone);
    expect(withFieldValues(b, () => valueAt(b, "labs.ferritinNgPerMl"))).toBe(300);
  });

  test("a screening inside a screening reads its own assessment, and the outer one reads on", () => {
    const outer = valid({ schemaVersion: 1, labs: { ferritinNgPerMl: 800 }, findings: { chills: true } });
    const inner = valid({ schemaVersion: 1, labs: { ferritinNgPerMl: 300 }, findings: { chills: false } });
    const [outerAlone, innerAlone] = [screen(outer), screen(inner)];
    withFieldValues(outer, () => {
      withFieldValues(inner, () => {
        expect(valueAt(inner, "labs.ferritinNgPerMl")).toBe(300);
        expect(valueAt(inner, "findings.chills")).toBe(false);
        expect(screen(inner)).toEqual(innerAlone);
      });
      expect(valueAt(outer, "labs.ferritinNgPerMl")).toBe(800);
      expect(valueAt(outer, "findings.chills")).toBe(true);
      expect(screen(outer)).toEqual(outerAlone);
    });
  });
});
