import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { readScenarioText } from "@/lib/scenarios/library";
import { readCaseText } from "@/lib/transfer";
import { CASE_NOT_SCENARIO, SCENARIO_NOT_CASE, fileKind } from "@/lib/transfer/file-kind";

const scenario = builtinScenarios()[0]!;

describe("which door a file belongs to", () => {
  test("a scenario is recognised by its vignette, answer key and checklist", () => {
    expect(fileKind(scenario)).toBe("scenario");
    expect(fileKind({ schemaVersion: 1, vignette: ["…"] })).toBe("scenario");
  });

  test("an Assessment, and a Case of time-points, are cases", () => {
    expect(fileKind(scenario.answerKey)).toBe("case");
    expect(fileKind({ caseVersion: 1, timepoints: [] })).toBe("case");
  });

  test("anything else is unknown (and gets the reader's own messages)", () => {
    for (const json of [null, [], "text", 3, {}, { schemaVersion: 1 }, { schemaVersion: 1, label: "x" }]) expect(fileKind(json)).toBe("unknown");
  });

  test("a scenario offered as a case gets one sentence pointing to the scenarios, not schema errors", () => {
    expect(readCaseText(JSON.stringify(scenario))).toEqual({ ok: false, problems: [{ path: "", message: SCENARIO_NOT_CASE }] });
  });

  test("a case offered as a scenario gets one sentence pointing to Import a case", () => {
    expect(readScenarioText(JSON.stringify(scenario.answerKey))).toEqual({ ok: false, problems: [{ path: "", message: CASE_NOT_SCENARIO }] });
    expect(readScenarioText(JSON.stringify({ caseVersion: 1, timepoints: [] }))).toEqual({ ok: false, problems: [{ path: "", message: CASE_NOT_SCENARIO }] });
  });

  test("a broken scenario still gets the schema's field-named problems", () => {
    const broken = { ...scenario, id: "mine", answerKey: { ...scenario.answerKey, vitals: { temperatureMaxC: 451 } } };
    const reading = readScenarioText(JSON.stringify(broken));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.map((p) => p.path)).toContain("answerKey.vitals.temperatureMaxC");
  });
});
