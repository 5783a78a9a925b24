import { describe, expect, test } from "vitest";
import { STEPS, fieldShown, groupShown, stepById, stepPaths, type FieldGroup, type FieldSpec } from "@/lib/form";

const neurology = stepById("neurology")!;
const legendsAt = (age: number | undefined) => neurology.groups.filter((g: FieldGroup) => groupShown(g, age)).map((g) => g.legend);

describe("the neurology step asks for the test that fits the age", () => {
  test("age 11.9: the CAPD total, not ICE", () => {
    expect(legendsAt(11.9).some((l) => l.startsWith("CAPD"))).toBe(true);
    expect(legendsAt(11.9).some((l) => l.startsWith("ICE"))).toBe(false);
  });
  test("age 12.0: ICE, not the CAPD", () => {
    expect(legendsAt(12).some((l) => l.startsWith("ICE"))).toBe(true);
    expect(legendsAt(12).some((l) => l.startsWith("CAPD"))).toBe(false);
  });
  test("age not recorded: both, each labelled with its age", () => {
    const legends = legendsAt(undefined);
    expect(legends).toEqual(expect.arrayContaining([expect.stringMatching(/^ICE .*age 12 and over$/), expect.stringMatching(/^CAPD .*under 12$/)]));
  });
  test("the CAPD group links to the published tool", () => {
    const capd = neurology.groups.find((g: FieldGroup) => g.forTest === "capd")!;
    expect(capd.link?.href).toBe("https://www.chop.edu/node/138797");
  });
  test("groups without an age condition are always asked", () => {
    expect(legendsAt(3)).toContain("Other domains");
  });
});

describe("the airway-protection question is asked only with mechanical ventilation", () => {
  const airway = STEPS.flatMap((s) => s.groups.flatMap((g: FieldGroup) => g.fields)).find(
    (f: FieldSpec) => f.kind === "tri-state" && f.path === "vitals.intubatedForAirwayProtection",
  )!;
  test.each([
    ["mechanical-ventilation", true],
    ["bipap", false],
    ["cpap", false],
    [undefined, false],
  ])("device %s → asked %s", (device, asked) => {
    expect(fieldShown(airway, (path) => (path === "vitals.oxygenDevice" ? device : undefined))).toBe(asked);
  });
});

describe("CRS before the therapy is asked only when antipyretic or anti-cytokine therapy was given (ASSESSMENT.md, second 2026-12 addition)", () => {
  const crsBefore = STEPS.flatMap((s) => s.groups.flatMap((g: FieldGroup) => g.fields)).find(
    (f: FieldSpec) => f.kind === "tri-state" && f.path === "context.crsBeforeTherapy",
  )!;
  test.each([
    [true, true],
    [false, false],
    [undefined, false],
  ])("therapy given %s → asked %s", (given, asked) => {
    expect(fieldShown(crsBefore, (path) => (path === "context.antipyreticOrAnticytokineGiven" ? given : undefined))).toBe(asked);
  });

  test("each attribution question sits on the step and in the group of the sign it qualifies", () => {
    const groupOf = (path: string) => STEPS.flatMap((s) => s.groups.map((g: FieldGroup) => ({ step: s.id, group: g }))).find(({ group }) => group.fields.some((f: FieldSpec) => "path" in f && f.path === path))!;
    // The fever's questions sit beside the temperature (issue 28, item 1), though the contract files them under context.
    expect(groupOf("context.crsBeforeTherapy").group).toBe(groupOf("vitals.temperatureMaxC").group);
    expect(groupOf("context.antipyreticOrAnticytokineGiven").group).toBe(groupOf("vitals.temperatureMaxC").group);
    expect(groupOf("context.feverOtherCause").group).toBe(groupOf("vitals.temperatureMaxC").group);
    expect(groupOf("findings.alteredMentation").group).toBe(groupOf("neuro.consciousness").group);
    expect(groupOf("vitals.hypotensionOtherCause").group).toBe(groupOf("vitals.vasopressorsExcludingVasopressin").group);
    expect(groupOf("vitals.hypoxiaOtherCause").group).toBe(groupOf("vitals.oxygenDevice").group);
  });
});

describe("each qualifying question is asked only when it can matter (issue 28, item 1)", () => {
  const spec = (path: string) => STEPS.flatMap((s) => s.groups.flatMap((g: FieldGroup) => g.fields)).find((f: FieldSpec) => "path" in f && f.path === path)!;
  const asked = (path: string, answers: Record<string, unknown>) => fieldShown(spec(path), (p) => answers[p]);

  test("fever's cause: unless the temperature is known below 38.0 °C (ASTCT's threshold)", () => {
    expect(asked("context.feverOtherCause", {})).toBe(true);
    expect(asked("context.feverOtherCause", { "vitals.temperatureMaxC": 38.0 })).toBe(true);
    expect(asked("context.feverOtherCause", { "vitals.temperatureMaxC": 37.9 })).toBe(false);
  });

  test("hypotension's cause: unless hypotension was answered no with no vasopressor", () => {
    expect(asked("vitals.hypotensionOtherCause", {})).toBe(true);
    expect(asked("vitals.hypotensionOtherCause", { "vitals.hypotension": false })).toBe(false);
    expect(asked("vitals.hypotensionOtherCause", { "vitals.hypotension": false, "vitals.vasopressorsExcludingVasopressin": 0, "vitals.vasopressin": false })).toBe(false);
    expect(asked("vitals.hypotensionOtherCause", { "vitals.hypotension": false, "vitals.vasopressorsExcludingVasopressin": 1 })).toBe(true);
    expect(asked("vitals.hypotensionOtherCause", { "vitals.hypotension": false, "vitals.vasopressin": true })).toBe(true);
    expect(asked("vitals.hypotensionOtherCause", { "vitals.hypotension": true })).toBe(true);
  });

  test("hypoxia's cause: on any oxygen (or the device not recorded); the flow only for an ordinary nasal cannula", () => {
    expect(asked("vitals.hypoxiaOtherCause", { "vitals.oxygenDevice": "none" })).toBe(false);
    expect(asked("vitals.hypoxiaOtherCause", {})).toBe(true);
    expect(asked("vitals.hypoxiaOtherCause", { "vitals.oxygenDevice": "nasal-cannula" })).toBe(true);
    expect(asked("vitals.oxygenFlowLPerMin", { "vitals.oxygenDevice": "nasal-cannula" })).toBe(true);
    expect(asked("vitals.oxygenFlowLPerMin", { "vitals.oxygenDevice": "high-flow-nasal-cannula" })).toBe(false);
    expect(asked("vitals.oxygenFlowLPerMin", {})).toBe(false);
  });

  test("every path is asked on exactly one step", () => {
    const all = STEPS.flatMap((s) => stepPaths(s));
    expect(new Set(all).size).toBe(all.length);
  });
});
