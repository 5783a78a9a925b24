import { describe, expect, test } from "vitest";
import { astctFever, cytopeniaCount, hypotension, iceScore, meanArterialPressure, oxygenClasses, settled, open } from "@/lib/assessment";
import { DAYS_PER_YEAR, hypotensionFromBloodPressure, hypotensionSystolicBelow, hypotensiveAt } from "@/lib/assessment/derived";
import { assessment } from "../fixtures";

describe("ASTCT fever", () => {
  test.each([
    [37.9, false],
    [38.0, true],
    [38.1, true],
  ])("%d °C not attributable to another cause → %s", (t, expected) => {
    expect(astctFever(assessment({ vitals: { temperatureMaxC: t }, context: { feverOtherCause: false } })).value).toBe(expected);
  });
  test("a fever attributable to another cause is not ASTCT fever", () => {
    expect(astctFever(assessment({ vitals: { temperatureMaxC: 39 }, context: { feverOtherCause: true } })).value).toBe(false);
  });
  test("with the other-cause question unanswered, a fever stays open and says what would settle it", () => {
    expect(astctFever(assessment({ vitals: { temperatureMaxC: 39 } }))).toEqual(open("context.feverOtherCause"));
  });
  test("below 38 °C the other-cause question does not matter", () => {
    expect(astctFever(assessment({ vitals: { temperatureMaxC: 37 } }))).toEqual(settled(false));
  });
});

describe("hypotension", () => {
  test("MAP is (SBP + 2·DBP)/3", () => {
    expect(meanArterialPressure(120, 60)).toBe(80);
  });
  test("the clinician's call wins", () => {
    expect(hypotension(assessment({ vitals: { hypotension: false, systolicBpMmHg: 85, diastolicBpMmHg: 50 } })).value).toBe(false);
  });
  test("any vasopressor implies hypotension", () => {
    expect(hypotension(assessment({ vitals: { vasopressin: true } }))).toMatchObject({ value: true, basis: "vasopressor" });
  });
  const adult = (vitals: Record<string, unknown>) =>
    hypotension(assessment({ context: { ageYears: 40 }, vitals: { vasopressorsExcludingVasopressin: 0, vasopressin: false, ...vitals } }));
  test.each([
    [89, 80, true], // SBP < 90
    [90, 80, false],
    [100, 47, true], // MAP 64.67 < 65
    [101, 47, false], // MAP 65
  ])("an adult from blood pressure: %d/%d mmHg → %s", (sbp, dbp, expected) => {
    expect(adult({ systolicBpMmHg: sbp, diastolicBpMmHg: dbp }).value).toBe(expected);
  });
  test("an adult's systolic below 90 settles it without the diastolic", () => {
    expect(adult({ systolicBpMmHg: 85 }).value).toBe(true);
  });
  test("an adult's normal systolic alone leaves it open: a low diastolic could still give MAP < 65", () => {
    const h = adult({ systolicBpMmHg: 120 });
    expect(h.value).toBeNull();
    expect(h.missing).toContain("vitals.diastolicBpMmHg");
  });
});

/** Years for an age in days (the neonatal band is "0 to 28 days"). */
const days = (d: number) => d / DAYS_PER_YEAR;

describe("hypotension by age (AHA/PALS 2010, Kleinman 2010)", () => {
  test.each([
    // [age in years, SBP cut-off]: hypotensive below it
    [0, 60],
    [days(28), 60], // day 28 is still a term neonate ("0 to 28 days")
    [days(29), 70], // infant
    [0.99, 70],
    [1, 72], // 70 + 2 × 1
    [1.99, 72], // completed years: still 1
    [4, 78], // 70 + 2 × 4
    [9, 88],
    [9.99, 88],
    [10, 90], // from 10: < 90 (the formula gives 90 here too)
    [17, 90],
    [18, 90],
    [80, 90],
  ])("age %f years: the cut-off is SBP < %d mmHg", (age, cutOff) => {
    expect(hypotensionSystolicBelow(age)).toBe(cutOff);
    // Each SBP edge: one below the cut-off is hypotensive, the cut-off itself is not (DBP high, so MAP plays no part).
    expect(hypotensiveAt(age, cutOff - 1, 80)).toBe(true);
    expect(hypotensiveAt(age, cutOff, 80)).toBe(false);
  });

  test("MAP < 65 counts from 18 years only (our convention for adults, not PALS)", () => {
    // 100/47: MAP 64.67
    expect(hypotensiveAt(18, 100, 47)).toBe(true);
    expect(hypotensiveAt(17.99, 100, 47)).toBe(false);
    expect(hypotensiveAt(18, 101, 47)).toBe(false); // MAP 65
  });

  test("a 4-year-old with 85/50 is not hypotensive (cut-off 70 + 8 = 78)", () => {
    const h = hypotension(assessment({ context: { ageYears: 4 }, vitals: { systolicBpMmHg: 85, diastolicBpMmHg: 50, vasopressorsExcludingVasopressin: 0, vasopressin: false } }));
    expect(h).toMatchObject({ value: false, basis: "blood-pressure" });
  });

  describe("age unknown: a range", () => {
    const noAge = (sbp: number, dbp?: number) =>
      hypotensionFromBloodPressure(assessment({ vitals: { systolicBpMmHg: sbp, ...(dbp === undefined ? {} : { diastolicBpMmHg: dbp }) } }));
    test("SBP 59 is hypotensive at every age", () => expect(noAge(59, 40)).toEqual(settled(true)));
    test("SBP 60 is open, and the age would settle it", () => {
      expect(noAge(60, 40)).toEqual({ value: null, missing: ["context.ageYears"] });
    });
    test("SBP 89 is open (hypotensive from 10 years), the age would settle it", () => expect(noAge(89, 80).missing).toEqual(["context.ageYears"]));
    test("SBP 90 with MAP ≥ 65 is hypotensive at no age", () => expect(noAge(90, 53)).toEqual(settled(false))); // MAP 65.3
    test("SBP 90 with MAP < 65 is open: an adult would be hypotensive", () => expect(noAge(90, 52).missing).toEqual(["context.ageYears"])); // MAP 64.7
    test("SBP 90 without a diastolic names both the age and the diastolic", () => {
      expect(noAge(90).missing).toEqual(["context.ageYears", "vitals.diastolicBpMmHg"]);
    });
  });

  test("a child's diastolic is never asked for: MAP plays no part under 18", () => {
    const h = hypotensionFromBloodPressure(assessment({ context: { ageYears: 4 } }));
    expect(h.missing).toEqual(["vitals.systolicBpMmHg"]);
  });
});

describe("oxygen class", () => {
  test.each([
    ["none", undefined, ["none"]],
    ["blow-by", undefined, ["low-flow"]],
    ["nasal-cannula", 6, ["low-flow"]],
    ["nasal-cannula", 6.5, ["high-flow"]],
    ["high-flow-nasal-cannula", 40, ["high-flow"]],
    ["simple-facemask", undefined, ["high-flow"]],
    ["non-rebreather", undefined, ["high-flow"]],
    ["venturi", undefined, ["high-flow"]],
    ["cpap", undefined, ["positive-pressure"]],
    ["bipap", undefined, ["positive-pressure"]],
    ["mechanical-ventilation", undefined, ["positive-pressure"]],
  ] as const)("%s at %s L/min → %j", (device, flow, classes) => {
    expect(oxygenClasses(assessment({ vitals: { oxygenDevice: device, oxygenFlowLPerMin: flow } })).classes).toEqual(classes);
  });
  test("a nasal cannula with unknown flow is low- or high-flow, and the flow would tell", () => {
    expect(oxygenClasses(assessment({ vitals: { oxygenDevice: "nasal-cannula" } }))).toEqual({ classes: ["low-flow", "high-flow"], missing: ["vitals.oxygenFlowLPerMin"] });
  });
  test("an unknown device can be any class", () => {
    expect(oxygenClasses(assessment({})).classes).toHaveLength(4);
  });
});

describe("ICE score", () => {
  test("the given score is used as is", () => {
    expect(iceScore(assessment({ neuro: { iceScore: 7 } }))).toMatchObject({ min: 7, max: 7, basis: "score" });
  });
  test("items are summed", () => {
    expect(iceScore(assessment({ neuro: { iceItems: { orientation: 3, naming: 3, commands: 1, writing: 0, attention: 1 } } }))).toMatchObject({ min: 8, max: 8 });
  });
  test("an item not assessable ranges over its own points and is reported", () => {
    const ice = iceScore(assessment({ neuro: { iceItems: { orientation: 4, naming: null, commands: 1, writing: 1, attention: 1 } } }));
    expect(ice).toMatchObject({ min: 7, max: 10, notAssessable: ["naming"], missing: ["neuro.iceItems.naming"] });
  });
  test("nothing entered is 0–10", () => {
    expect(iceScore(assessment({}))).toMatchObject({ min: 0, max: 10, basis: "unknown" });
  });
});

describe("cytopenia count", () => {
  test("counts settled lineages and ranges over open ones", () => {
    expect(cytopeniaCount([settled(true), settled(false), open("labs.plateletsE9PerL")])).toEqual({ min: 1, max: 2, missing: ["labs.plateletsE9PerL"] });
  });
});
