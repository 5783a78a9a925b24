/** A Case's course (lib/case; ../shared/spec/CASE.md): the schema derived from the Assessment's, and course(). */
import { describe, expect, test } from "vitest";
import { course, enteredTimePoints, hasFindings } from "@/lib/case/course";
import { validateCase, type Case } from "@/lib/case/schema";

const IEC = { setting: "immune-effector-cell-therapy", feverOtherCause: false, antipyreticOrAnticytokineGiven: false } as const;
const NO_SUPPORT = { hypotension: false, vasopressorsExcludingVasopressin: 0, vasopressin: false, oxygenDevice: "none" } as const;

/**
 * Issue 18's example: CAR-T, fever only on day 1, one vasopressor on day 3 (hypotension with no other
 * cause: Lee 2019 grades only hypotension "not attributable to any other cause"), afebrile without
 * support on day 6.
 */
const CART_DAYS_1_3_6 = {
  caseVersion: 1,
  label: "CAR-T, days 1–6",
  timepoints: [
    { at: { day: 1, time: "08:00" }, assessment: { schemaVersion: 1, context: IEC, vitals: { ...NO_SUPPORT, temperatureMaxC: 38.6 } } },
    { at: { day: 3 }, assessment: { schemaVersion: 1, context: IEC, vitals: { temperatureMaxC: 39.2, vasopressorsExcludingVasopressin: 1, vasopressin: false, hypotensionOtherCause: false, oxygenDevice: "none" } } },
    { at: { day: 6 }, assessment: { schemaVersion: 1, context: IEC, vitals: { ...NO_SUPPORT, temperatureMaxC: 37.0 } } },
  ],
};

function valid(input: unknown): Case {
  const result = validateCase(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.case;
}

describe("course", () => {
  test("CAR-T day 1 fever only → grade 1; day 3 one vasopressor → 3; day 6 afebrile without support → 0: highest 3, first met day 1, last met day 3", () => {
    const result = course(valid(CART_DAYS_1_3_6));
    expect(result.timepoints.map((t) => t.screening.instruments.find((i) => i.id === "astct-crs")?.value)).toEqual([1, 3, 0]);
    expect(result.course["astct-crs"]).toEqual({
      highest: { min: 3, max: 3 },
      firstMetAt: { day: 1, time: "08:00" },
      lastMetAt: { day: 3 },
      metAt: [{ day: 1, time: "08:00" }, { day: 3 }],
    });
  });

  test("every instrument has a course entry; a verdict still open is not met", () => {
    const result = course(valid(CART_DAYS_1_3_6));
    expect(Object.keys(result.course)).toEqual(["astct-crs", "astct-icans", "hscore", "hlh-2004", "chis", "mas-2016", "isth-dic", "qsofa"]);
    // HScore: no labs at all, so its verdict stays open at every time-point — never "met".
    expect(result.timepoints.every((t) => t.screening.instruments.find((i) => i.id === "hscore")?.meetsThreshold === null)).toBe(true);
    expect(result.course.hscore.firstMetAt).toBeNull();
    expect(result.course.hscore.metAt).toEqual([]);
    expect(result.course.hscore.highest.max).toBeGreaterThan(result.course.hscore.highest.min);
  });
});

describe("a time-point with nothing entered (issue 28 item 3)", () => {
  // What "Add a time-point" makes: the context and title carried forward, nothing of the day.
  const ADDED = { schemaVersion: 1, label: "CAR-T", context: { ...IEC, ageYears: 54, daysSinceInfusion: 6 } } as const;

  test("the context and title carried forward are not findings; any value of the day is, and so is an ICE item recorded as untestable", () => {
    expect(hasFindings(ADDED)).toBe(false);
    expect(hasFindings({ ...ADDED, vitals: {} })).toBe(false);
    expect(hasFindings({ ...ADDED, labs: { ferritinNgPerMl: null } })).toBe(false); // null is unknown
    expect(hasFindings({ ...ADDED, vitals: { hypotension: false } })).toBe(true); // looked for and absent is a finding
    expect(hasFindings({ ...ADDED, labs: { ferritinNgPerMl: 900 } })).toBe(true);
    expect(hasFindings({ ...ADDED, neuro: { iceItems: { orientation: null } } })).toBe(true);
  });

  test("an added day not yet entered is left out of the course: HScore's highest is day 1's, not the empty day's whole range", () => {
    const day1 = CART_DAYS_1_3_6.timepoints[0]!;
    const theCase = valid({ caseVersion: 1, timepoints: [day1, { at: { day: 2 }, assessment: ADDED }] });
    const everyDay = course(theCase);
    const entered = course({ ...theCase, timepoints: enteredTimePoints(theCase.timepoints) });
    expect(entered.timepoints.map((t) => t.at)).toEqual([day1.at]);
    // The empty day would have lifted the top of the range to HScore's maximum.
    expect(everyDay.course.hscore.highest.max).toBeGreaterThan(entered.course.hscore.highest.max);
    expect(entered.course.hscore.highest).toEqual({ min: everyDay.timepoints[0]!.screening.instruments.find((i) => i.id === "hscore")!.min, max: everyDay.timepoints[0]!.screening.instruments.find((i) => i.id === "hscore")!.max });
    // The command line scores the file as written: both time-points (CASE.md).
    expect(everyDay.timepoints).toHaveLength(2);
  });
});

describe("validateCase", () => {
  test("a file holding one Assessment is a Case of one time-point, at day 0", () => {
    const one = valid({ schemaVersion: 1, vitals: { temperatureMaxC: 38.2 } });
    expect(one.timepoints).toEqual([{ at: { day: 0 }, assessment: { schemaVersion: 1, vitals: { temperatureMaxC: 38.2 } } }]);
  });

  test("a problem in a time-point's Assessment names the time-point and the field", () => {
    const bad = structuredClone(CART_DAYS_1_3_6) as { timepoints: { assessment: { labs?: unknown } }[] };
    bad.timepoints[2]!.assessment.labs = { ferritinNgPerMl: -5 };
    const result = validateCase(bad);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([{ path: "timepoints[2].assessment.labs.ferritinNgPerMl", message: "Ferritin (ng/mL) must be between 0 and 500000; got -5" }]);
  });

  test("time-points out of order, or two at the same moment, are refused", () => {
    for (const ats of [
      [{ day: 3 }, { day: 1 }],
      [{ day: 1, time: "08:00" }, { day: 1, time: "08:00" }],
      [{ day: 1, time: "08:00" }, { day: 1 }],
    ]) {
      const result = validateCase({ caseVersion: 1, timepoints: ats.map((at) => ({ at, assessment: { schemaVersion: 1 } })) });
      expect(result.ok, JSON.stringify(ats)).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual(["timepoints[1].at"]);
    }
    expect(validateCase({ caseVersion: 1, timepoints: [{ at: { day: -2 }, assessment: { schemaVersion: 1 } }, { at: { day: 1 }, assessment: { schemaVersion: 1 } }] }).ok).toBe(true);
  });

  test("no time-points, a bad time, an unknown field: each named", () => {
    const paths = (input: unknown) => {
      const result = validateCase(input);
      return result.ok ? [] : result.problems.map((p) => p.path);
    };
    expect(paths({ caseVersion: 1, timepoints: [] })).toEqual(["timepoints"]);
    expect(paths({ caseVersion: 1, timepoints: [{ at: { day: 1, time: "8am" }, assessment: { schemaVersion: 1 } }] })).toEqual(["timepoints[0].at.time"]);
    expect(paths({ caseVersion: 1, date: "2026-12-04", timepoints: [{ at: { day: 1 }, assessment: { schemaVersion: 1 } }] })).toEqual(["date"]);
    expect(paths({ caseVersion: 2, timepoints: [{ at: { day: 1 }, assessment: { schemaVersion: 1 } }] })).toEqual(["caseVersion"]);
  });
});
