import { describe, expect, test } from "vitest";
import { astctFever, cytopeniaCount, hypotension, iceScore, meanArterialPressure, oxygenClasses, settled, open } from "@/lib/assessment";
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
  test.each([
    [89, 80, true], // SBP < 90
    [90, 80, false],
    [100, 47, true], // MAP 64.67 < 65
    [101, 47, false], // MAP 65
  ])("from blood pressure: %d/%d mmHg → %s", (sbp, dbp, expected) => {
    expect(hypotension(assessment({ vitals: { systolicBpMmHg: sbp, diastolicBpMmHg: dbp, vasopressorsExcludingVasopressin: 0, vasopressin: false } })).value).toBe(expected);
  });
  test("a systolic below 90 settles it without the diastolic", () => {
    expect(hypotension(assessment({ vitals: { systolicBpMmHg: 85, vasopressorsExcludingVasopressin: 0, vasopressin: false } })).value).toBe(true);
  });
  test("a normal systolic alone leaves it open: a low diastolic could still give MAP < 65", () => {
    const h = hypotension(assessment({ vitals: { systolicBpMmHg: 120, vasopressorsExcludingVasopressin: 0, vasopressin: false } }));
    expect(h.value).toBeNull();
    expect(h.missing).toContain("vitals.diastolicBpMmHg");
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
