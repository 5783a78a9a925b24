import * as z from "zod";
import { ENUM_FIELDS, NUMERIC_FIELDS, SETTINGS, TRI_STATE_FIELDS } from "../assessment/fields";

const KNOWN_FIELD_PATHS: ReadonlySet<string> = new Set(["label", ...Object.keys(NUMERIC_FIELDS), ...Object.keys(TRI_STATE_FIELDS), ...Object.keys(ENUM_FIELDS)]);
import { AssessmentSchema } from "../assessment/schema";
import { INSTRUMENT_IDS } from "../scores/types";

/**
 * The scenario format: a training case with its vignette, its answer key (the Assessment a careful
 * trainee extracts from the vignette), the results the published criteria give for that answer key
 * (worked out by hand, never copied from the program), and a checklist of machine-checkable
 * expectations, each with the teaching point a trainee sees when they miss it.
 */
export const SCENARIO_SCHEMA_VERSION = 1;

export const DIFFICULTIES = ["foundation", "intermediate", "advanced"] as const;
export const LEVELS = ["consistent", "incomplete", "not-flagged"] as const;

const instrumentId = z.enum(INSTRUMENT_IDS, { error: (i) => `must be one of ${INSTRUMENT_IDS.join(", ")}; got ${JSON.stringify(i.input)}` });

/** What one instrument must give: any of value, min, max, meetsThreshold (null = open). */
export const InstrumentExpectationSchema = z.strictObject({
  value: z.number().nullable().optional(),
  min: z.number().optional(),
  max: z.number().optional(),
  meetsThreshold: z.boolean().nullable().optional(),
  applicable: z.boolean().optional(),
});

export const ExpectedResultsSchema = z.strictObject({
  level: z.enum(LEVELS),
  instruments: z.partialRecord(instrumentId, InstrumentExpectationSchema),
});

/** A machine-checkable expectation on the trainee's Assessment and its Screening. */
export const CheckSchema = z.discriminatedUnion("kind", [
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

export const ChecklistItemSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/, "must be lowercase letters, digits and hyphens"),
  /** What the trainee should have done, in the past tense ("Recognised … as high-flow"). */
  label: z.string().min(1),
  /** Shown when the item is missed. */
  teachingPoint: z.string().min(1),
  check: CheckSchema,
});

export const ScenarioSchema = z.strictObject({
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
});

export type Scenario = z.output<typeof ScenarioSchema>;
export type ScenarioCheck = z.output<typeof CheckSchema>;
export type InstrumentExpectation = z.output<typeof InstrumentExpectationSchema>;
