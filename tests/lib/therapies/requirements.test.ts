import { describe, expect, test } from "vitest";
import { ADULT, CHILD, CRS_GRADE_2_OR_PERSISTENT_FEVER, grades } from "@/lib/therapies/requirements";

describe("grades", () => {
  test.each([
    [{ min: 3 }, "3–4"],
    [{ min: 2 }, "2–4"],
    [{ min: 1, max: 3 }, "1–3"],
    [{ min: 2, max: 2 }, "2"],
    [{ min: 4 }, "4"],
  ] as const)("%j reads %s (no max: up to ASTCT grade 4)", (requirement, words) => {
    expect(grades(requirement)).toBe(words);
  });
});

describe("shared requirements", () => {
  test("a child is under the adult age: one number, 18", () => {
    expect(ADULT).toEqual({ kind: "age", min: 18 });
    expect(CHILD).toEqual({ kind: "age", below: 18 });
  });

  test("ASCO 2021's grade 1 persistent fever (> 3 days) is said in words, from the same numbers", () => {
    expect(CRS_GRADE_2_OR_PERSISTENT_FEVER.of).toEqual([
      { kind: "crs-grade", min: 2 },
      { kind: "not-recorded", what: "whether fever at grade 1 has persisted over 3 days or is refractory" },
    ]);
  });
});
