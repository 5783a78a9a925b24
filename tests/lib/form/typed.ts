import type { AssessmentInput } from "@/lib/assessment/schema";
import { EMPTY_DRAFT, toFormValues, type FormValues, type StepDefinition, type UnitChoices } from "@/lib/form";

/** Form values for a step, with some fields typed over the draft's (an empty one by default). */
export function typed(s: StepDefinition, entries: Record<string, unknown>, draft: AssessmentInput = EMPTY_DRAFT, units: UnitChoices = {}): FormValues {
  const values = structuredClone(toFormValues(draft, s, units));
  for (const [path, value] of Object.entries(entries)) {
    const keys = path.split(".");
    let node = values as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return values;
}
