/**
 * What a form step validates with: zod, the Assessment schema and react-hook-form's zod resolver
 * — most of a step's own JavaScript. Nothing on a step's first paint needs it (labels, units,
 * ranges and thresholds are data in lib/), so the step loads this module with `import()` once the
 * page is idle after its first paint, or on the form's first focus (./use-step-validation.ts), and
 * the page's initial scripts do not carry it.
 */
import { zodResolver } from "@hookform/resolvers/zod";
import type { Resolver } from "react-hook-form";
import type { AssessmentInput } from "@/lib/assessment/schema";
import type { FormValues, StepDefinition, UnitChoices } from "@/lib/form";
import { stepSchema } from "@/lib/form/step-schema";

export { validateAssessment } from "@/lib/assessment/validate";
export { stepSchema };

/** react-hook-form's resolver for a step: the step's schema in the units chosen, over the draft. */
export function stepResolver(step: StepDefinition, units: UnitChoices, draft: AssessmentInput): Resolver<FormValues> {
  return zodResolver(stepSchema(step, units, draft)) as unknown as Resolver<FormValues>;
}
