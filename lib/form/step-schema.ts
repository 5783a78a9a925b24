/**
 * A step's validator: the library's own schema behind the conversion of ./values.ts — no second
 * copy of any rule. In a module of its own, outside the lib/form index, because it brings zod:
 * the form steps load it after their first paint (components/assessment/step-validation.ts).
 */
import * as z from "zod/mini";
import { AssessmentSchema, AssessmentShape, type AssessmentInput } from "../assessment/schema";
import { stepPaths, stepSections, underAny, type Section, type StepDefinition } from "./steps";
import type { UnitChoices } from "./unit-choice";
import { fromFormValues, mergeStep } from "./values";

/**
 * The schema react-hook-form validates a step with: form values → the step's Assessment
 * sections → the library's schema for those sections, plus the cross-field rules of the whole
 * Assessment that concern this step (diastolic < systolic, ICE score and items, …).
 */
export function stepSchema(step: StepDefinition, units: UnitChoices, draft: AssessmentInput) {
  const picked = Object.fromEntries(stepSections(step).map((s) => [s, true])) as Partial<Record<Section | "label", true>>;
  const owned = stepPaths(step);
  const sectionsSchema = z.pick(AssessmentShape, picked);
  const fromForm = z.pipe(
    z.record(z.string(), z.unknown()),
    z.transform((values: Record<string, unknown>) => fromFormValues(values, step, units, draft)),
  );
  return z.pipe(fromForm, sectionsSchema).check(
    z.superRefine((sections, ctx) => {
      const whole = AssessmentSchema.safeParse(mergeStep(draft, step, sections as Record<string, unknown>));
      if (whole.success) return;
      for (const issue of whole.error.issues) {
        // A rule across fields is reported on the step that asks for the field it names.
        if (issue.code === "custom" && underAny(issue.path.join("."), owned)) {
          ctx.addIssue({ code: "custom", path: issue.path as PropertyKey[], message: issue.message });
        }
      }
    }),
  );
}
