/**
 * What the studio proposes from the app's screening of an answer key (issue 30): expectations
 * beside the published criteria, "computed — check against the paper" until confirmed; the
 * predictions that apply; checklist items to pick.
 */
import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { evaluateCheck } from "@/lib/scenarios/runner";
import type { Scenario } from "@/lib/scenarios/schema";
import { scenarioStages, stageName } from "@/lib/scenarios/stages";
import { draftFromCase, scenarioFromDraft, type StudioStage } from "@/lib/scenarios/studio/draft";
import { COMPUTED_STATUS, expectationStatus, proposeForStage, withProposedExpectations } from "@/lib/scenarios/studio/proposed-expectations";
import { INSTRUMENTS, criterionWords } from "@/lib/scores/index";
import { screen } from "@/lib/screen/index";

const byId = (id: string): Scenario => builtinScenarios().find((s) => s.id === id)!;
const STAGES = builtinScenarios().flatMap((scenario) => scenarioStages(scenario).map((stage) => ({ name: `${scenario.id} · ${stageName(stage)}`, stage })));

describe("proposeForStage", () => {
  test.each(STAGES)("$name: agrees with the hand-worked expected results (level and every applicable instrument)", ({ stage }) => {
    const proposal = proposeForStage(stage.answerKey);
    expect(proposal.level).toBe(stage.expected.level);
    for (const proposed of proposal.instruments) {
      const handWorked = stage.expected.instruments[proposed.instrument];
      if (!handWorked) continue;
      // Every key the file states, as the proposal gives it.
      const keys = Object.keys(handWorked) as (keyof typeof handWorked)[];
      expect(Object.fromEntries(keys.map((key) => [key, proposed.expect[key]])), proposed.instrument).toEqual(handWorked);
    }
  });

  test("each expectation stands beside its instrument's own name, threshold and criteria as published", () => {
    const proposal = proposeForStage(byId("ebv-secondary-hlh").answerKey);
    const hscore = proposal.instruments.find((p) => p.instrument === "hscore")!;
    expect(hscore.name).toBe(INSTRUMENTS.hscore.name);
    expect(hscore.threshold).toBe(INSTRUMENTS.hscore.threshold);
    expect(hscore.criteria.map((c) => c.published)).toEqual(Object.keys(INSTRUMENTS.hscore.criteria).map((id) => criterionWords("hscore", id)));
    expect(Object.keys(hscore.expect).toSorted()).toEqual(["applicable", "max", "meetsThreshold", "min", "value"]);
  });

  test("only the instruments that apply are proposed, and predicted: no ASTCT outside immune effector cells, MAS-2016 only with sJIA", () => {
    const sepsis = proposeForStage(byId("sepsis-mimic-urosepsis").answerKey);
    expect(sepsis.instruments.map((p) => p.instrument)).not.toContain("astct-crs");
    expect(sepsis.predictions.map((p) => p.key)).not.toContain("crsGrade");
    const sjia = proposeForStage(byId("sjia-mas-2016").answerKey);
    expect(sjia.predictions.map((p) => p.key)).toContain("mas2016");
    expect(proposeForStage(byId("cart-crs-grade-2").answerKey).predictions.map((p) => p.key)).toEqual(["crsGrade", "icansGrade", "hscore", "hlh2004", "level"]);
  });

  test.each(STAGES)("$name: every checklist candidate passes on the answer key it was proposed from", ({ stage }) => {
    const screening = screen(stage.answerKey);
    const failing = proposeForStage(stage.answerKey).checklist.filter((c) => !evaluateCheck(c.check, stage.answerKey, screening).passed);
    expect(failing).toEqual([]);
  });

  test("candidates are picked from the level, the instruments and the fields, in the built-ins' words", () => {
    const labels = proposeForStage(byId("cart-crs-unfolding-treated").answerKey).checklist.map((c) => c.label);
    expect(labels).toContain("Reached ASTCT CRS grade 1");
    expect(labels).toContain("Entered every input ASTCT CRS needs");
    expect(labels).toContain("Recorded highest temperature 38.6 °C");
    expect(labels[0]).toMatch(/^Reached the level “/);
  });

  test("a measured value is checked within half a step of its last decimal, a count exactly", () => {
    const checks = proposeForStage(byId("cart-crs-unfolding-treated").answerKey).checklist.map((c) => c.check);
    expect(checks).toContainEqual({ kind: "field", path: "vitals.temperatureMaxC", within: [38.55, 38.65] });
    expect(checks).toContainEqual({ kind: "field", path: "vitals.vasopressorsExcludingVasopressin", equals: 0 });
  });
});

describe("withProposedExpectations and confirming", () => {
  const stage = (): StudioStage =>
    draftFromCase({ caseVersion: 1, timepoints: [{ at: { day: 2 }, assessment: byId("cart-crs-grade-2").answerKey }] }).stages[0]!;

  test("proposed expectations are unconfirmed — computed, to check against the paper — and block saving until confirmed", () => {
    const proposed = withProposedExpectations(stage());
    expect(proposed.expected.level).toBe("consistent");
    const statuses = Object.values(proposed.expected.instruments).map(expectationStatus);
    expect(statuses.length).toBeGreaterThan(0);
    expect(new Set(statuses)).toEqual(new Set([COMPUTED_STATUS]));
    const draft = { draftVersion: 1 as const, cover: { id: "", title: "Grade 2", setting: "immune-effector-cell-therapy" as const, difficulty: "foundation" as const, teaches: "Hypotension." }, stages: [{ ...proposed, vignette: ["A vignette."], checklist: [{ id: "", label: "Graded", teachingPoint: "Why.", check: { kind: "level" as const, level: "consistent" as const } }] }] };
    const unsaved = scenarioFromDraft(draft);
    expect(unsaved.ok ? [] : unsaved.missing.map((m) => m.problem)).toEqual(statuses.map(() => "Computed — check it against the paper, then confirm it."));
    const confirmed = { ...draft, stages: draft.stages.map((s) => ({ ...s, expected: { ...s.expected, instruments: Object.fromEntries(Object.entries(s.expected.instruments).map(([id, e]) => [id, { ...e, confirmed: true }])) } })) };
    expect(scenarioFromDraft(confirmed).ok).toBe(true);
    expect(expectationStatus({ confirmed: true })).toBe("confirmed");
  });

  test("an expectation the instructor confirmed stays theirs; the level they set stays", () => {
    const mine = { ...stage(), expected: { level: "incomplete" as const, instruments: { "astct-crs": { expect: { value: 3 }, confirmed: true } } } };
    const proposed = withProposedExpectations(mine);
    expect(proposed.expected.level).toBe("incomplete");
    expect(proposed.expected.instruments["astct-crs"]).toEqual({ expect: { value: 3 }, confirmed: true });
    expect(proposed.expected.instruments.hscore?.confirmed).toBe(false);
  });
});
