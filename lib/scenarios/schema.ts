import * as z from "zod";
import { ENUM_FIELDS, NUMERIC_FIELDS, SETTINGS, TRI_STATE_FIELDS } from "../assessment/fields";

const KNOWN_FIELD_PATHS: ReadonlySet<string> = new Set(["label", ...Object.keys(NUMERIC_FIELDS), ...Object.keys(TRI_STATE_FIELDS), ...Object.keys(ENUM_FIELDS)]);
import { AssessmentSchema } from "../assessment/schema";
import { INSTRUMENT_IDS } from "../scores/types";
import type { Level } from "../screen/level";

/**
 * The scenario format: a training case with its vignette, its answer key (the Assessment a careful
 * trainee extracts from the vignette), the results the published criteria give for that answer key
 * (worked out by hand, never copied from the program), and a checklist of machine-checkable
 * expectations, each with the teaching point a trainee sees when they miss it.
 */
const SCENARIO_SCHEMA_VERSION = 1;

export const DIFFICULTIES = ["foundation", "intermediate", "advanced"] as const;
/** The overall levels a scenario can expect: the library's (`Level`), so a level the library renames fails to compile here. */
export const LEVELS = ["consistent", "incomplete", "not-flagged"] as const satisfies readonly Level[];

const instrumentId = z.enum(INSTRUMENT_IDS, { error: (i) => `must be one of ${INSTRUMENT_IDS.join(", ")}; got ${JSON.stringify(i.input)}` });

/** What one instrument must give: any of value, min, max, meetsThreshold (null = open). */
const InstrumentExpectationSchema = z.strictObject({
  value: z.number().nullable().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  meetsThreshold: z.boolean().nullable().optional(),
  applicable: z.boolean().optional(),
});

const ExpectedResultsSchema = z.strictObject({
  level: z.enum(LEVELS),
  instruments: z.partialRecord(instrumentId, InstrumentExpectationSchema),
});

/** A machine-checkable expectation on the trainee's Assessment and its Screening. */
const CheckSchema = z.discriminatedUnion("kind", [
  /** The trainee's Screening gives this for one instrument. */
  z.strictObject({ kind: z.literal("instrument"), instrument: instrumentId, expect: InstrumentExpectationSchema }),
  /** The trainee's Screening reaches this overall level. */
  z.strictObject({ kind: z.literal("level"), level: z.enum(LEVELS) }),
  /** The trainee entered this field: exactly (`equals`) or within a tolerance (`within`, canonical units) — one of the two. */
  z
    .strictObject({
      kind: z.literal("field"),
      path: z.string().refine((path) => KNOWN_FIELD_PATHS.has(path), { error: (i) => `must be a field path of the Assessment; got ${JSON.stringify(i.input)}` }),
      equals: z.union([z.number(), z.boolean(), z.string()]).optional(),
      within: z
        .tuple([z.number(), z.number()])
        .refine(([low, high]) => low <= high, { error: "must be [low, high] with low ≤ high" })
        .optional(),
    })
    .refine((check) => (check.equals === undefined) !== (check.within === undefined), {
      error: "a field check needs exactly one of equals or within",
    }),
  /** The instrument has no missing data left in the trainee's Assessment. */
  z.strictObject({ kind: z.literal("complete"), instrument: instrumentId }),
]);

const ChecklistItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and hyphens"),
  /** What the trainee should have done, in the past tense ("Recognised … as high-flow"). */
  label: z.string().min(1),
  /** Shown when the item is missed. */
  teachingPoint: z.string().min(1),
  check: CheckSchema,
});

/**
 * A later time-point of an unfolding scenario: its own relative day (and optional clock time),
 * vignette, answer key, expected results and checklist. The scenario's top-level vignette, answer
 * key, expected results and checklist are its first stage (at `day`), so a scenario without
 * stages is read exactly as before.
 */
const StageSchema = z.strictObject({
  /** Days since the scenario's reference day (the Case's relative day; may be negative). */
  day: z.int().min(-365).max(365),
  /** Optional clock time, 24-hour "HH:MM". */
  time: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, "must be a 24-hour time HH:MM")
    .optional(),
  vignette: z.array(z.string().min(1)).min(1),
  answerKey: AssessmentSchema,
  expected: ExpectedResultsSchema,
  checklist: z.array(ChecklistItemSchema).min(1),
  /** What this time-point teaches, shown with the trainee's predictions once the result is revealed. */
  teachingPoint: z.string().min(1).max(600).optional(),
});

/** The first stage's day: required once the scenario has stages. */
const stageOneDay = StageSchema.shape.day;

export const ScenarioSchema = z
  .strictObject({
    schemaVersion: z.literal(SCENARIO_SCHEMA_VERSION),
    id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and hyphens"),
    title: z.string().min(1).max(120),
    setting: z.enum(Object.keys(SETTINGS) as [keyof typeof SETTINGS, ...(keyof typeof SETTINGS)[]]),
    difficulty: z.enum(DIFFICULTIES),
    /** One line: what this case teaches (shown on the gallery card). */
    teaches: z.string().min(1).max(300),
    /** The narrative the trainee reads, one paragraph per entry. No patient identifiers. */
    vignette: z.array(z.string().min(1)).min(1),
    answerKey: AssessmentSchema,
    expected: ExpectedResultsSchema,
    checklist: z.array(ChecklistItemSchema).min(1),
    /** The first stage's relative day and time (only with `stages`). */
    day: stageOneDay.optional(),
    time: StageSchema.shape.time,
    /** The first stage's teaching point (only with `stages`). */
    teachingPoint: StageSchema.shape.teachingPoint,
    /** The time-points after the first, in order (an unfolding scenario). */
    stages: z.array(StageSchema).min(1).max(9).optional(),
  })
  .superRefine((scenario, ctx) => {
    if (!scenario.stages) {
      for (const key of ["day", "time", "teachingPoint"] as const) {
        if (scenario[key] !== undefined) ctx.addIssue({ code: "custom", path: [key], message: `${key} belongs to an unfolding scenario: add stages or remove ${key}` });
      }
      return;
    }
    if (scenario.day === undefined) {
      ctx.addIssue({ code: "custom", path: ["day"], message: "Stage 1: an unfolding scenario needs the first stage's day" });
      return;
    }
    let previous = scenario.day;
    scenario.stages.forEach((stage, index) => {
      if (stage.day <= previous) {
        ctx.addIssue({
          code: "custom",
          path: ["stages", index, "day"],
          message: `Stage ${index + 2} (day ${stage.day}): must come after the previous stage (day ${previous})`,
        });
      }
      previous = stage.day;
    });
  });

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioStage = z.output<typeof StageSchema>;
export type ScenarioCheck = z.output<typeof CheckSchema>;
export type InstrumentExpectation = z.output<typeof InstrumentExpectationSchema>;
