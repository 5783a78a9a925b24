import { ICE_ITEMS, NUMERIC_FIELDS, fieldLabel } from "./fields";
import type { Assessment } from "./schema";

/** A broken rule between two fields, on the field a person should change. */
export interface CrossFieldProblem {
  readonly path: readonly [string, string];
  readonly message: string;
  readonly input: unknown;
}

/**
 * Rules that relate two fields (../shared/spec/ASSESSMENT.md), kept apart from zod so that the
 * schema (schema.ts) and the quick check (quick-accept.ts, which runs without zod) apply the very
 * same rules. The messages keep the schema's one-line wording for files and the command line
 * (schema.ts: measured); the form restates the diastolic and days-since-infusion ones in plain
 * words by recognising "must be below the systolic" and "applies only to" (lib/form/messages.ts:
 * messageFor), so change those phrases in both places.
 */
export function crossFieldProblems(a: Assessment): CrossFieldProblem[] {
  const problems: CrossFieldProblem[] = [];
  const sbp = a.vitals?.systolicBpMmHg;
  const dbp = a.vitals?.diastolicBpMmHg;
  if (sbp != null && dbp != null && dbp >= sbp) {
    problems.push({
      path: ["vitals", "diastolicBpMmHg"],
      message: `${fieldLabel("vitals.diastolicBpMmHg")} must be below the systolic (${sbp}); got ${dbp}`,
      input: dbp,
    });
  }
  const vasopressorGiven = (a.vitals?.vasopressorsExcludingVasopressin ?? 0) > 0 || a.vitals?.vasopressin === true;
  if (vasopressorGiven && a.vitals?.hypotension === false) {
    problems.push({
      path: ["vitals", "hypotension"],
      message: `${fieldLabel("vitals.hypotension")} cannot be "absent" while a vasopressor is given (a vasopressor implies hypotension)`,
      input: false,
    });
  }
  const setting = a.context?.setting;
  if (a.context?.daysSinceInfusion != null && setting != null && setting !== "immune-effector-cell-therapy") {
    problems.push({
      path: ["context", "daysSinceInfusion"],
      message: `${fieldLabel("context.daysSinceInfusion")} applies only to the immune-effector-cell-therapy setting; got setting ${setting}`,
      input: a.context.daysSinceInfusion,
    });
  }
  const items = a.neuro?.iceItems;
  const score = a.neuro?.iceScore;
  if (items != null && score != null) {
    let low = 0;
    let high = 0;
    for (const key of ICE_ITEMS) {
      const value = items[key];
      low += value ?? 0;
      high += value ?? NUMERIC_FIELDS[`neuro.iceItems.${key}`].max;
    }
    if (score < low || score > high) {
      const expected = low === high ? `${low}` : `between ${low} and ${high}`;
      problems.push({
        path: ["neuro", "iceScore"],
        message: `${fieldLabel("neuro.iceScore")} must agree with the ICE items (${expected}); got ${score}`,
        input: score,
      });
    }
  }
  return problems;
}
