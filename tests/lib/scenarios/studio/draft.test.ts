/**
 * The studio draft (issue 30): a built-in duplicated, edited and saved keeps every other field; a
 * case becomes one stage per time-point; an incomplete draft says what is missing in plain words.
 */
import { describe, expect, test } from "vitest";
import type { Case } from "@/lib/case/schema";
import { INSTRUMENTS } from "@/lib/scores/index";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { ScenarioSchema, type Scenario } from "@/lib/scenarios/schema";
import { draftFromCase, draftFromScenario, draftTraineeTitle, duplicateDraft, emptyStudioDraft, isEmptyDraft, parseStudioDraft, scenarioFromDraft, stageTitle, type StudioDraft } from "@/lib/scenarios/studio/draft";

const byId = (id: string): Scenario => builtinScenarios().find((s) => s.id === id)!;

const TWO_DAYS: Case = {
  caseVersion: 1,
  label: "Fever after CAR-T",
  timepoints: [
    { at: { day: 1 }, assessment: { schemaVersion: 1, context: { setting: "immune-effector-cell-therapy", ageYears: 54 }, vitals: { temperatureMaxC: 38.4 } } },
    { at: { day: 3, time: "08:00" }, assessment: { schemaVersion: 1, context: { setting: "immune-effector-cell-therapy", ageYears: 54 }, vitals: { temperatureMaxC: 39.2, systolicBpMmHg: 84 } } },
  ],
};

/** A two-stage draft with every part filled in, from the case above. */
function completeDraft(): StudioDraft {
  const draft = draftFromCase(TWO_DAYS);
  return {
    ...draft,
    cover: { ...draft.cover, difficulty: "foundation", teaches: "Fever alone is grade 1; hypotension makes it grade 2." },
    stages: draft.stages.map((stage, i) => ({
      ...stage,
      vignette: ["", `Day ${stage.day} after CAR-T.`],
      expected: { level: "consistent", instruments: { "astct-crs": { expect: { value: i + 1 }, confirmed: true } } },
      checklist: [{ id: "", label: `Graded CRS ${i + 1}`, teachingPoint: "ASTCT 2019.", check: { kind: "instrument", instrument: "astct-crs", expect: { value: i + 1 } } }],
    })),
  };
}

describe("draftFromScenario, then scenarioFromDraft", () => {
  test.each(builtinScenarios().map((s) => [s.id, s] as const))("%s comes back exactly as it was", (_, scenario) => {
    const saved = scenarioFromDraft(draftFromScenario(scenario));
    expect(saved).toStrictEqual({ ok: true, scenario });
  });

  test("a built-in duplicated with a new title keeps every other field", () => {
    const original = byId("sjia-flare-into-mas");
    const draft = draftFromScenario(original);
    const edited = scenarioFromDraft({ ...draft, cover: { ...draft.cover, id: "my-sjia-case", title: "My sJIA case" } });
    expect(edited).toStrictEqual({ ok: true, scenario: { ...original, id: "my-sjia-case", title: "My sJIA case" } });
  });
});

describe("draftFromCase", () => {
  test("one stage per time-point, in order, with its day, time and answer key; the setting from the first", () => {
    const draft = draftFromCase(TWO_DAYS);
    expect(draft.stages.map((s) => [s.day, s.time, s.answerKey.vitals?.temperatureMaxC])).toEqual([
      [1, undefined, 38.4],
      [3, "08:00", 39.2],
    ]);
    expect(draft.cover).toEqual({ id: "", title: "Fever after CAR-T", setting: "immune-effector-cell-therapy", teaches: "" });
  });

  test("completed, it saves as an unfolding scenario the import schema accepts, ids made from the words", () => {
    const saved = scenarioFromDraft(completeDraft());
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    expect(ScenarioSchema.safeParse(saved.scenario).success).toBe(true);
    expect(saved.scenario).toMatchObject({ id: "fever-after-car-t", day: 1, vignette: ["Day 1 after CAR-T."], stages: [{ day: 3, time: "08:00" }] });
    expect(saved.scenario.checklist[0]!.id).toBe("graded-crs-1");
  });

  test("a case of one time-point saves as a scenario that does not unfold (no day: the format refuses it there)", () => {
    const one = completeDraft();
    const saved = scenarioFromDraft({ ...one, stages: one.stages.slice(0, 1) });
    expect(saved.ok && saved.scenario.day).toBe(undefined);
    expect(saved.ok && saved.scenario.stages).toBe(undefined);
  });
});

describe("scenarioFromDraft: what is missing, in plain words", () => {
  test("an empty draft names every part still to write", () => {
    const saved = scenarioFromDraft(emptyStudioDraft());
    expect(saved.ok).toBe(false);
    if (saved.ok) return;
    expect(saved.missing.map((m) => `${m.part} · ${m.field}`)).toEqual([
      "Cover · Title for the instructor",
      "Cover · Setting",
      "Cover · Difficulty",
      "Cover · What it teaches",
      "Stage 1 · Vignette",
      "Stage 1 · Expected level",
      "Stage 1 · Checklist",
    ]);
  });

  test("an expectation not yet confirmed, a checklist item without a teaching point and a missing day are named", () => {
    const draft = completeDraft();
    const [first, second] = draft.stages as [StudioDraft["stages"][number], StudioDraft["stages"][number]];
    const stages = [
      { ...first, expected: { ...first.expected, instruments: { hscore: { expect: { meetsThreshold: false }, confirmed: false } } } },
      { ...second, day: undefined, checklist: [{ ...second.checklist[0]!, teachingPoint: " " }] },
    ];
    const saved = scenarioFromDraft({ ...draft, stages });
    expect(saved.ok ? [] : saved.missing).toEqual([
      { page: "expected", part: "Stage 1 (day 1)", field: `Expected results: ${INSTRUMENTS.hscore.name}`, problem: "Computed — check it against the paper, then confirm it." },
      { page: "case", part: "Stage 2", field: "Day", problem: "Set the day of this stage: an unfolding scenario needs each stage's day." },
      { page: "expected", part: "Stage 2", field: "Checklist item 1", problem: "Write the teaching point a trainee sees when they miss it." },
    ]);
  });

  test("what the format itself refuses (days out of order) is placed in the stage, and on the page, it belongs to", () => {
    const draft = completeDraft();
    const stages = draft.stages.map((s, i) => ({ ...s, day: i === 0 ? 5 : 3 }));
    const saved = scenarioFromDraft({ ...draft, stages });
    expect(saved.ok ? [] : saved.missing).toEqual([{ page: "case", part: "Stage 2 (day 3)", field: "day", problem: "Stage 2 (day 3): must come after the previous stage (day 5)" }]);
  });
});

describe("parseStudioDraft", () => {
  test("a stored draft is read back; a damaged or foreign one is not", () => {
    const draft = completeDraft();
    expect(parseStudioDraft(JSON.stringify(draft))).toStrictEqual(draft);
    expect(parseStudioDraft("{")).toBeNull();
    expect(parseStudioDraft(null)).toBeNull();
    expect(parseStudioDraft(JSON.stringify({ ...draft, stages: [] }))).toBeNull();
  });
});

describe("draftTraineeTitle", () => {
  test("derived as the gallery derives it, once the setting is chosen", () => {
    expect(draftTraineeTitle(emptyStudioDraft())).toBeNull();
    expect(draftTraineeTitle(completeDraft())).toBe("After immune effector cell therapy, days 1–3: a patient aged 54");
    expect(draftTraineeTitle(draftFromScenario(byId("sjia-flare-into-mas")))).toBe("Rheumatologic disease, days 0–2: an 8-year-old girl");
  });
});

describe("the studio's starting points and names", () => {
  test("a duplicated built-in is a copy under a new id and title, every other field kept", () => {
    const ebv = byId("ebv-secondary-hlh");
    const copy = duplicateDraft(ebv);
    expect(copy.cover).toMatchObject({ id: "copy-of-ebv-secondary-hlh", title: `Copy of ${ebv.title}` });
    expect(copy.stages).toEqual(draftFromScenario(ebv).stages);
  });

  test("only a draft nobody has written in is empty", () => {
    expect(isEmptyDraft(emptyStudioDraft())).toBe(true);
    expect(isEmptyDraft({ ...emptyStudioDraft(), cover: { ...emptyStudioDraft().cover, title: "x" } })).toBe(false);
  });

  test("a stage is named by its number, and its day when it has one", () => {
    expect(stageTitle({}, 0)).toBe("Stage 1");
    expect(stageTitle({ day: 3 }, 1)).toBe("Stage 2 (day 3)");
  });
});
