/**
 * The studio's drafted vignette (issue 30): a neutral paragraph of the answer key's findings, in
 * the form's labels and the app's way of writing numbers — never an instrument's name or result.
 */
import { describe, expect, test } from "vitest";
import type { Assessment } from "@/lib/assessment/schema";
import { INSTRUMENTS } from "@/lib/scores/index";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { scenarioStages, stageName } from "@/lib/scenarios/stages";
import { checkVignette } from "@/lib/scenarios/studio/vignette-check";
import { draftVignette } from "@/lib/scenarios/studio/vignette-draft";

const NNBSP = "\u202f";

const STAGES = builtinScenarios().flatMap((scenario) => scenarioStages(scenario).map((stage) => ({ name: `${scenario.id} · ${stageName(stage)}`, stage })));

describe("draftVignette", () => {
  test("a sentence per section, labels from the field table, numbers as the app writes them", () => {
    const answerKey = {
      schemaVersion: 1,
      context: { setting: "immune-effector-cell-therapy", ageYears: 1, daysSinceInfusion: 3 },
      vitals: { temperatureMaxC: 39.2, systolicBpMmHg: 84, diastolicBpMmHg: 50, heartRateBpm: 128, vasopressorsExcludingVasopressin: 1, oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: 2 },
      findings: { hepatomegaly: true, splenomegaly: false },
      labs: { ferritinNgPerMl: 8500, triglyceridesMmolPerL: 310 / 88.57 },
    } as Assessment;
    expect(draftVignette(answerKey)).toBe(
      [
        "Clinical setting: immune effector cell therapy (CAR-T, bispecific T-cell engager), age 1 year, days since infusion 3 days.",
        "Highest temperature 39.2 °C, blood pressure 84/50 mmHg, heart rate 128/min, vasopressors (not counting vasopressin) 1, oxygen device: nasal cannula, oxygen flow 2 L/min.",
        "Hepatomegaly, no splenomegaly.",
        `Ferritin 8${NNBSP}500 ng/mL, triglycerides ≈ 3.5 mmol/L.`,
      ].join(" "),
    );
  });

  test("a systolic pressure alone keeps its own label; unknown values are left out; an ICE item not assessable is said", () => {
    const answerKey = { schemaVersion: 1, vitals: { systolicBpMmHg: 92, heartRateBpm: null }, neuro: { iceItems: { orientation: 4, writing: null } } } as Assessment;
    expect(draftVignette(answerKey)).toBe("Systolic blood pressure 92 mmHg. ICE orientation 4 points, ICE writing not assessable.");
  });

  test("the context questions that name a syndrome are stated as their findings, not as a diagnosis", () => {
    const answerKey = { schemaVersion: 1, context: { hlhMolecularDiagnosis: false, antipyreticOrAnticytokineGiven: true, crsBeforeTherapy: true } } as Assessment;
    const text = draftVignette(answerKey);
    expect(text).toBe(
      "No HLH-associated gene variant known, antipyretic or anti-cytokine therapy given (e.g. tocilizumab, corticosteroids), fever with no other cause was present before the antipyretic or anti-cytokine therapy.",
    );
    expect(text).not.toMatch(/diagnos|consistent with|\bCRS\b/i);
  });

  test("nothing entered drafts nothing", () => {
    expect(draftVignette({ schemaVersion: 1 } as Assessment)).toBe("");
  });

  test.each(STAGES)("$name: deterministic, and names no instrument, grade or level", ({ stage }) => {
    const text = draftVignette(stage.answerKey);
    expect(draftVignette(stage.answerKey)).toBe(text);
    for (const { shortName } of Object.values(INSTRUMENTS)) expect(text).not.toContain(shortName);
    expect(text).not.toMatch(/diagnos|consistent with|\bgrade\b|not flagged|incomplete/i);
  });

  test.each(STAGES)("$name: the drafted vignette states every value of the key and contradicts none", ({ stage }) => {
    expect(checkVignette([draftVignette(stage.answerKey)], stage.answerKey)).toEqual({ unstated: [], contradicting: [] });
  });
});
