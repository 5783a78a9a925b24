import type * as z from "zod/mini";
import type { ValidationProblem } from "./problem";
import { AssessmentSchema, type Assessment } from "./schema";

export type { ValidationProblem } from "./problem";

export type ValidationResult =
  | { readonly ok: true; readonly assessment: Assessment }
  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

/** Dotted path with list indices in brackets: `[3].labs.ferritinNgPerMl`, `scenarios[0].title`. */
function formatPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const key of path) {
    if (typeof key === "number") out += `[${key}]`;
    else out += out === "" ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The problems of a failed parse, from a zod/mini schema or a classic one (the same core error). */
export function problemsOf(error: z.core.$ZodError): ValidationProblem[] {
  return error.issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `Unknown field "${key}" (check the spelling against the format)`,
      }));
    }
    return [{ path: formatPath(issue.path), message: issue.message }];
  });
}

/** Validates once, centrally; everything downstream receives a typed Assessment. */
export function validateAssessment(input: unknown): ValidationResult {
  const parsed = AssessmentSchema.safeParse(input);
  return parsed.success ? { ok: true, assessment: parsed.data } : { ok: false, problems: problemsOf(parsed.error) };
}
