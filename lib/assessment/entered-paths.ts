/**
 * Which fields of an Assessment hold a value. Apart from ./read.ts on purpose: every form step
 * loads the reader, and the steps' page weight sits at its ceiling (scripts/bench-web.mjs).
 */
import { FIELD_PATHS, type FieldPath } from "./fields";
import { valueAt } from "./read";

/** The fields that hold a value, in the form's order: unknown (absent or null) is not a value. */
export function enteredFieldPaths(assessment: unknown): FieldPath[] {
  return FIELD_PATHS.filter((path) => {
    const value = valueAt(assessment, path);
    return value !== undefined && value !== null;
  });
}
