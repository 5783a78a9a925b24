/** The time-point in a step's URL (lib/case/at-query.ts): written and read back, and a day that is not in the case. */
import { describe, expect, test } from "vitest";
import { atOfQuery, atQuery, indexOfAt, withAt } from "@/lib/case/at-query";

describe("the time-point in the URL", () => {
  test("a day, a negative day and a day with a time are written and read back unchanged", () => {
    for (const at of [{ day: 3 }, { day: -2 }, { day: 6, time: "08:00" }]) expect(atOfQuery(atQuery(at))).toEqual(at);
    expect(atQuery({ day: 6, time: "08:00" })).toBe("day=6&time=08%3A00");
    expect(atOfQuery("?day=6&time=08:00")).toEqual({ day: 6, time: "08:00" });
  });

  test("no day, a day that is not a whole number, or a time not HH:MM names no time-point", () => {
    for (const search of ["", "?t=2", "?day=", "?day=3.5", "?day=x", "?day=99999", "?day=3&time=8am", "?day=3&time=24:00"]) expect(atOfQuery(search), search).toBeNull();
  });

  test("a time-point is found by its day and time; a moved or never-added day is not found", () => {
    const timepoints = [{ at: { day: 1 } }, { at: { day: 3 } }, { at: { day: 3, time: "08:00" } }];
    expect(indexOfAt(timepoints, { day: 3 })).toBe(1);
    expect(indexOfAt(timepoints, { day: 3, time: "08:00" })).toBe(2);
    expect(indexOfAt(timepoints, { day: 2 })).toBe(-1);
    expect(indexOfAt(timepoints, { day: 1, time: "08:00" })).toBe(-1);
  });

  test("setting the time-point in a URL keeps its other parameters; a case of one time-point carries none", () => {
    expect(withAt("", { day: 6 })).toBe("?day=6");
    expect(withAt("?day=5&time=08:00&x=1", { day: 6 })).toBe("?x=1&day=6");
    expect(withAt("?day=5", null)).toBe("");
  });
});
