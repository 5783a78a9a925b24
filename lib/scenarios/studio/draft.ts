/**
 * The studio draft (issue 30): what an instructor has entered so far for a scenario of their own —
 * the cover, and per stage an answer key, vignette paragraphs, expected results (each confirmed
 * against the paper or not yet), checklist items and the teaching point shown with the
 * predictions. A draft may be incomplete; `scenarioFromDraft` turns it into a Scenario valid by the
 * very schema a scenario file is imported with, or says in plain words what is still missing.
 *
 * Every part of the scenario format is derived from ScenarioSchema, never restated, so a draft can
 * hold nothing the format would refuse and a change to the format reaches the studio.
 */
import * as z from "zod";
import type { Case } from "../../case/schema";
import { AssessmentSchema } from "../../assessment/schema";
import { problemsOf } from "../../assessment/validate";
import { INSTRUMENTS } from "../../scores/index";
import { INSTRUMENT_IDS } from "../../scores/types";
import { LEVELS, ScenarioSchema, type Scenario } from "../schema";
import { scenarioStages } from "../stages";
import { traineeTitle } from "../trainee-title";

const SCENARIO = ScenarioSchema.shape;
const STAGE = SCENARIO.stages.unwrap().element.shape;

/** Bumped when a stored draft of the previous shape can no longer be read. */
const STUDIO_DRAFT_VERSION = 1;

/** One instrument's expected result, as proposed from the app's screening or typed by the instructor. */
const DraftExpectationSchema = z.strictObject({
  expect: STAGE.expected.shape.instruments.valueType,
  /** The instructor checked it against the published criteria: until then it is "computed — check against the paper" and cannot be saved. */
  confirmed: z.boolean(),
});

/** A checklist item being written: the id may be left to the studio, the words may still be empty. */
const DraftChecklistItemSchema = z.strictObject({
  /** Empty: made from the label when the scenario is saved. */
  id: z.string(),
  label: z.string(),
  teachingPoint: z.string(),
  check: SCENARIO.checklist.element.shape.check,
});

const DraftStageSchema = z.strictObject({
  /** The relative day (a Case's); needed once the scenario has two stages or more. */
  day: STAGE.day.optional(),
  time: STAGE.time,
  /** Paragraphs as typed; blank ones are dropped on saving. */
  vignette: z.array(z.string()),
  /** Entered with the trainees' form, so validated like any Assessment. */
  answerKey: AssessmentSchema,
  expected: z.strictObject({
    level: z.enum(LEVELS).optional(),
    instruments: z.partialRecord(z.enum(INSTRUMENT_IDS), DraftExpectationSchema),
  }),
  checklist: z.array(DraftChecklistItemSchema),
  /** What the stage teaches, shown with the trainee's predictions (an unfolding scenario only). */
  teachingPoint: z.string().optional(),
});

const DraftCoverSchema = z.strictObject({
  /** Empty: made from the instructor's title when the scenario is saved. */
  id: z.string(),
  /** The teaching title, for the instructor (it names the answer; trainees see `draftTraineeTitle`). */
  title: z.string(),
  setting: SCENARIO.setting.optional(),
  difficulty: SCENARIO.difficulty.optional(),
  /** What it teaches, one line. */
  teaches: z.string(),
});

const StudioDraftSchema = z.strictObject({
  draftVersion: z.literal(STUDIO_DRAFT_VERSION),
  cover: DraftCoverSchema,
  /** Stage 1 and at most 9 later ones, as ScenarioSchema's `stages` allows. */
  stages: z.array(DraftStageSchema).min(1).max(10),
});

export type StudioDraft = z.output<typeof StudioDraftSchema>;
export type StudioStage = z.output<typeof DraftStageSchema>;
type DraftChecklistItem = z.output<typeof DraftChecklistItemSchema>;

/** The studio's four parts, each a page: where a field of the draft is written. */
type StudioPage = "case" | "vignette" | "expected" | "cover";

/** Where a field of the draft is written: the studio's page, the part ("Cover", "Stage 2 (day 3)") and the field, in plain words. */
export interface DraftPlace {
  readonly page: StudioPage;
  readonly part: string;
  readonly field: string;
}

/** What is still missing or wrong, where, and what to do. */
interface MissingPart extends DraftPlace {
  readonly problem: string;
}

export type DraftToScenario = { readonly ok: true; readonly scenario: Scenario } | { readonly ok: false; readonly missing: readonly MissingPart[] };

function emptyStage(answerKey: StudioStage["answerKey"]): StudioStage {
  return { vignette: [], answerKey, expected: { instruments: {} }, checklist: [] };
}

/** A new studio: one stage with nothing entered. */
export function emptyStudioDraft(): StudioDraft {
  return { draftVersion: STUDIO_DRAFT_VERSION, cover: { id: "", title: "", teaches: "" }, stages: [emptyStage({ schemaVersion: 1 })] };
}

/** A stored draft, validated on load; null when there is none or it no longer reads (a damaged entry starts afresh rather than breaking the studio). */
export function parseStudioDraft(text: string | null): StudioDraft | null {
  if (text === null) return null;
  try {
    const parsed = StudioDraftSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** A case as the studio's starting point: one stage per time-point, in order, each with its answer key and day. */
export function draftFromCase(theCase: Case): StudioDraft {
  const setting = theCase.timepoints[0]?.assessment.context?.setting ?? undefined;
  return {
    draftVersion: STUDIO_DRAFT_VERSION,
    cover: { id: "", title: theCase.label ?? "", ...(setting === undefined ? {} : { setting }), teaches: "" },
    stages: theCase.timepoints.map(({ at, assessment }) => ({ ...emptyStage(assessment), day: at.day, ...(at.time === undefined ? {} : { time: at.time }) })),
  };
}

/**
 * A scenario reopened in the studio (its file, or a built-in to duplicate), every field kept: its
 * expected results come from the file, worked out by hand, so they count as confirmed.
 */
export function draftFromScenario(scenario: Scenario): StudioDraft {
  return {
    draftVersion: STUDIO_DRAFT_VERSION,
    cover: { id: scenario.id, title: scenario.title, setting: scenario.setting, difficulty: scenario.difficulty, teaches: scenario.teaches },
    stages: scenarioStages(scenario).map((stage) => ({
      ...(stage.day === null ? {} : { day: stage.day }),
      ...(stage.time === undefined ? {} : { time: stage.time }),
      vignette: [...stage.vignette],
      answerKey: stage.answerKey,
      expected: {
        level: stage.expected.level,
        instruments: Object.fromEntries(Object.entries(stage.expected.instruments).map(([id, expect]) => [id, { expect, confirmed: true }])),
      },
      checklist: stage.checklist.map((item) => ({ ...item })),
      ...(stage.teachingPoint === undefined ? {} : { teachingPoint: stage.teachingPoint }),
    })),
  };
}

/** A draft nobody has written in yet: replacing it loses nothing, so the studio does not ask. */
export function isEmptyDraft(draft: StudioDraft): boolean {
  return JSON.stringify(draft) === JSON.stringify(emptyStudioDraft());
}

/**
 * A scenario (a built-in) as the studio's starting point: every field kept, under a new id and a
 * title that says it is a copy, so it never stands in for the original.
 */
export function duplicateDraft(scenario: Scenario): StudioDraft {
  const draft = draftFromScenario(scenario);
  return { ...draft, cover: { ...draft.cover, id: idFrom(`copy-of-${scenario.id}`), title: `Copy of ${scenario.title}` } };
}

const blank = (text: string | undefined): boolean => (text ?? "").trim() === "";

/** "cart-t-day-4-fever" from any words: the scenario format's id is lowercase letters, digits and hyphens. */
function idFrom(words: string): string {
  return words
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/, "");
}

/** "Stage 2 (day 3)": the stage as the studio names it everywhere (its parts, its problems, its warnings). */
export function stageTitle(stage: Pick<StudioStage, "day">, index: number): string {
  return `Stage ${index + 1}${stage.day === undefined ? "" : ` (day ${stage.day})`}`;
}

/** Checklist ids made from labels, unique within the stage; an id the instructor typed is kept. */
function checklistIds(checklist: readonly DraftChecklistItem[]): string[] {
  const used = new Set(checklist.map((item) => item.id).filter((id) => id !== ""));
  return checklist.map((item, index) => {
    if (item.id !== "") return item.id;
    const base = idFrom(item.label) || `item-${index + 1}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  });
}

function stageMissing(stage: StudioStage, index: number, unfolding: boolean): MissingPart[] {
  const part = stageTitle(stage, index);
  const missing: MissingPart[] = [];
  const add = (page: StudioPage, field: string, problem: string) => missing.push({ page, part, field, problem });
  if (unfolding && stage.day === undefined) add("case", "Day", "Set the day of this stage: an unfolding scenario needs each stage's day.");
  if (!unfolding && !blank(stage.teachingPoint)) add("expected", "Teaching point with the predictions", "Only an unfolding scenario asks for predictions: add a stage or clear this teaching point.");
  if (stage.vignette.every((paragraph) => blank(paragraph))) add("vignette", "Vignette", "Write at least one paragraph.");
  if (stage.expected.level === undefined) add("expected", "Expected level", "Set the level the answer key should reach.");
  for (const id of INSTRUMENT_IDS) {
    const expectation = stage.expected.instruments[id];
    if (expectation && !expectation.confirmed) add("expected", `Expected results: ${INSTRUMENTS[id].name}`, "Computed — check it against the paper, then confirm it.");
  }
  if (stage.checklist.length === 0) add("expected", "Checklist", "Add at least one item.");
  stage.checklist.forEach((item, n) => {
    if (blank(item.label)) add("expected", `Checklist item ${n + 1}`, "Write what the trainee should have done.");
    if (blank(item.teachingPoint)) add("expected", `Checklist item ${n + 1}`, "Write the teaching point a trainee sees when they miss it.");
  });
  return missing;
}

/** Everything the scenario format requires that the draft does not have yet, cover first, then stage by stage. */
function draftMissing(draft: StudioDraft): MissingPart[] {
  const { cover } = draft;
  const missing: MissingPart[] = [];
  const add = (field: string, problem: string) => missing.push({ page: "cover", part: "Cover", field, problem });
  if (blank(cover.title)) add("Title for the instructor", "Write the teaching title.");
  if (blank(cover.id) && !blank(cover.title) && idFrom(cover.title) === "") add("Scenario id", "Give an id of lowercase letters, digits and hyphens: the title has none to make one from.");
  if (cover.setting === undefined) add("Setting", "Choose the clinical setting.");
  if (cover.difficulty === undefined) add("Difficulty", "Choose foundation, intermediate or advanced.");
  if (blank(cover.teaches)) add("What it teaches", "Write one line on what the case teaches.");
  const unfolding = draft.stages.length > 1;
  return [...missing, ...draft.stages.flatMap((stage, index) => stageMissing(stage, index, unfolding))];
}

/** One stage in the scenario format's words (the top level's for stage 1). */
function stageOfScenario(stage: StudioStage) {
  const ids = checklistIds(stage.checklist);
  const instruments = Object.fromEntries(Object.entries(stage.expected.instruments).map(([id, expectation]) => [id, expectation.expect]));
  return {
    vignette: stage.vignette.filter((paragraph) => !blank(paragraph)),
    answerKey: stage.answerKey,
    expected: { level: stage.expected.level, instruments },
    checklist: stage.checklist.map((item, n) => ({ id: ids[n], label: item.label, teachingPoint: item.teachingPoint, check: item.check })),
  };
}

/** Day, time and teaching point of an unfolding stage; a scenario of one stage has none (the format refuses them). */
function timing(stage: StudioStage, unfolding: boolean) {
  if (!unfolding) return {};
  return {
    ...(stage.day === undefined ? {} : { day: stage.day }),
    ...(stage.time === undefined ? {} : { time: stage.time }),
    ...(blank(stage.teachingPoint) ? {} : { teachingPoint: stage.teachingPoint }),
  };
}

/** The draft in the scenario format's shape, not yet validated. */
function assembled(draft: StudioDraft): Record<string, unknown> {
  const [first, ...later] = draft.stages as [StudioStage, ...StudioStage[]];
  const unfolding = later.length > 0;
  const { cover } = draft;
  return {
    schemaVersion: 1,
    id: blank(cover.id) ? idFrom(cover.title) : cover.id,
    title: cover.title,
    setting: cover.setting,
    difficulty: cover.difficulty,
    teaches: cover.teaches,
    ...stageOfScenario(first),
    ...timing(first, unfolding),
    ...(unfolding ? { stages: later.map((stage) => ({ ...timing(stage, true), ...stageOfScenario(stage) })) } : {}),
  };
}

/** The page a field of a stage in the scenario format is written on. */
function stagePage(field: string): StudioPage {
  if (/^(answerKey|day|time)\b/.test(field)) return "case";
  return field.startsWith("vignette") ? "vignette" : "expected";
}

/** Where a path of the scenario format is edited in the studio. */
function partOf(path: string, draft: StudioDraft): DraftPlace {
  const stage = /^stages\[(\d+)\]\.?(.*)$/.exec(path);
  if (stage) {
    const index = Number(stage[1]) + 1;
    const field = stage[2] ?? "";
    return { page: stagePage(field), part: stageTitle(draft.stages[index]!, index), field };
  }
  const cover = ["id", "title", "setting", "difficulty", "teaches"].includes(path);
  return cover ? { page: "cover", part: "Cover", field: path } : { page: stagePage(path), part: stageTitle(draft.stages[0]!, 0), field: path };
}

/**
 * The scenario the draft makes — parsed with ScenarioSchema, the import's own schema, so what the
 * studio saves the gallery and `crs-screen scenarios` accept — or what is still missing.
 */
export function scenarioFromDraft(draft: StudioDraft): DraftToScenario {
  const missing = draftMissing(draft);
  if (missing.length > 0) return { ok: false, missing };
  const parsed = ScenarioSchema.safeParse(assembled(draft));
  if (parsed.success) return { ok: true, scenario: parsed.data };
  // What the format refuses beyond what is missing (a title over 120 characters, days out of order): its own message, placed in the studio's parts.
  return { ok: false, missing: problemsOf(parsed.error).map(({ path, message }) => ({ ...partOf(path, draft), problem: message })) };
}

/**
 * The title a trainee will see: derived from the setting, the days and the patient as the
 * scenario format derives it (../trainee-title.ts), never typed, so the studio shows it rather
 * than stores it; null until the setting is chosen.
 */
export function draftTraineeTitle(draft: StudioDraft): string | null {
  if (draft.cover.setting === undefined) return null;
  // traineeTitle reads only the setting, the vignette, the answer key and the days: the draft's,
  // assembled in the scenario's shape, are enough even while other parts are missing.
  return traineeTitle(assembled(draft) as unknown as Scenario);
}

