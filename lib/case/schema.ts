/**
 * The Case (v1): one patient's time-points, each an unchanged Assessment (../shared/spec/CASE.md;
 * docs/case-format.md). Derived from the Assessment schema, never a copy of it.
 */
import * as z from "zod/mini";
import { LABEL_MAX_LENGTH } from "../assessment/fields";
import { AssessmentSchema, type Assessment } from "../assessment/schema";
import { problemsOf, type ValidationProblem } from "../assessment/validate";
import { compareAt } from "./at";

const CASE_VERSION = 1;
// The limits live beside the ordering, apart from zod, so the form's case draft can check them.
import { DAY_RANGE, MAX_TIMEPOINTS } from "./at";

const shown = (value: unknown): string => (typeof value === "string" ? `"${value}"` : JSON.stringify(value) ?? String(value));

const TimePointAtSchema = z.strictObject({
  day: z.int({ error: (issue) => `Day must be a whole number of days; got ${shown(issue.input)}` }).check(
    z.gte(DAY_RANGE.min, { error: (issue) => `Day must be between ${DAY_RANGE.min} and ${DAY_RANGE.max}; got ${shown(issue.input)}` }),
    z.lte(DAY_RANGE.max, { error: (issue) => `Day must be between ${DAY_RANGE.min} and ${DAY_RANGE.max}; got ${shown(issue.input)}` }),
  ),
  time: z.optional(
    z
      .string({ error: (issue) => `Time must be text "HH:MM"; got ${shown(issue.input)}` })
      .check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: (issue) => `Time must be "HH:MM" (00:00 to 23:59); got ${shown(issue.input)}` })),
  ),
});
export type TimePointAt = z.output<typeof TimePointAtSchema>;

const TimePointSchema = z.strictObject({ at: TimePointAtSchema, assessment: AssessmentSchema });


const CaseShape = z.strictObject({
  caseVersion: z.literal(CASE_VERSION, { error: (issue) => `Case version must be ${CASE_VERSION}; got ${shown(issue.input)}` }),
  label: z.optional(
    z
      .string({ error: (issue) => `Case label must be text; got ${shown(issue.input)}` })
      .check(z.maxLength(LABEL_MAX_LENGTH, { error: (issue) => `Case label must be at most ${LABEL_MAX_LENGTH} characters; got ${(issue.input as string).length}` })),
  ),
  timepoints: z.array(TimePointSchema).check(
    z.minLength(1, { error: "A case needs at least one time-point" }),
    z.maxLength(MAX_TIMEPOINTS, { error: (issue) => `A case holds at most ${MAX_TIMEPOINTS} time-points; got ${(issue.input as unknown[]).length}` }),
  ),
});

/** CASE.md: strictly ordered by (day, time) — two time-points at the same moment are a slip. */
function strictlyOrdered(c: z.output<typeof CaseShape>, ctx: z.core.$RefinementCtx<z.output<typeof CaseShape>>): void {
  c.timepoints.forEach((point, index) => {
    const before = c.timepoints[index - 1];
    if (before !== undefined && compareAt(before.at, point.at) >= 0) {
      ctx.addIssue({ code: "custom", path: ["timepoints", index, "at"], message: "Time-points must be in order of day, then time, each later than the one before", input: point.at });
    }
  });
}

const CaseSchema = CaseShape.check(z.superRefine(strictlyOrdered));
export type Case = z.output<typeof CaseSchema>;

export type CaseValidation = { readonly ok: true; readonly case: Case } | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

/**
 * A Case file, or a file holding one Assessment: that is a Case of one time-point, at day 0 (the
 * Assessment alone says nothing of its day). Anything with `caseVersion` is read as a Case.
 */
export function validateCase(input: unknown): CaseValidation {
  const isCase = typeof input === "object" && input !== null && !Array.isArray(input) && "caseVersion" in input;
  if (!isCase) {
    const one = AssessmentSchema.safeParse(input);
    if (!one.success) return { ok: false, problems: problemsOf(one.error) };
    return { ok: true, case: { caseVersion: CASE_VERSION, timepoints: [{ at: { day: 0 }, assessment: one.data as Assessment }] } };
  }
  const parsed = CaseSchema.safeParse(input);
  return parsed.success ? { ok: true, case: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}
