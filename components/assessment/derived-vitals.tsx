"use client";

import { useWatch, type Control } from "react-hook-form";
import { NUMERIC_FIELDS, fieldLabel, type NumericFieldPath } from "@/lib/assessment/fields";
import { HYPOTENSION_MAP_BELOW_MMHG, HYPOTENSION_MAP_FROM_AGE_YEARS, hypotension, hypotensionSystolicBelow, oxygenClasses, ventilatedForAirwayProtection } from "@/lib/assessment/derived";
import type { AssessmentInput } from "@/lib/assessment/schema";
import { ASTCT_CRS_HYPOXIA_GRADE } from "@/lib/scores/astct-crs/grades";
import { fromFormValues, type FormValues, type StepDefinition, type UnitChoices } from "@/lib/form";
import { useStepValidation } from "./use-step-validation";

const CLASS_NAMES = { none: "no oxygen", "low-flow": "low-flow oxygen", "high-flow": "high-flow oxygen", "positive-pressure": "positive pressure" } as const;

function classText(c: keyof typeof CLASS_NAMES): string {
  const grade = ASTCT_CRS_HYPOXIA_GRADE[c];
  return grade > 0 ? `${CLASS_NAMES[c]} (ASTCT hypoxia grade ${grade})` : CLASS_NAMES[c];
}

/**
 * The inputs the derivation still lacks, by their labels (the hypotension question itself aside):
 * with blood pressure entered and vasopressin unknown, it is vasopressin that is asked for.
 */
function stillNeeded(missing: readonly string[]): string {
  const labels = missing.filter((p) => p !== "vitals.hypotension").map((p) => (p in NUMERIC_FIELDS ? NUMERIC_FIELDS[p as NumericFieldPath].label : fieldLabel(p)));
  return labels.length <= 1 ? (labels[0] ?? "the blood pressure") : `${labels.slice(0, -1).join(", ")} and ${labels[labels.length - 1]}`;
}

/** The cut-off applied at this age, in words (AHA/PALS 2010; adults also our MAP convention). */
function cutOffText(ageYears: number | null | undefined): string {
  if (ageYears == null) return "age not recorded: SBP < 60 mmHg is hypotensive at every age, SBP ≥ 90 with MAP ≥ 65 at none";
  const sbp = `SBP < ${hypotensionSystolicBelow(ageYears)} mmHg at age ${ageYears} (AHA/PALS 2010)`;
  return ageYears >= HYPOTENSION_MAP_FROM_AGE_YEARS ? `${sbp}, or MAP < ${HYPOTENSION_MAP_BELOW_MMHG} mmHg (our convention for adults)` : sbp;
}

/**
 * What the library derives from the vitals as they are typed: the oxygen class and hypotension.
 * Derived from validated values only, so it appears once the step's validator has arrived.
 */
export function DerivedVitals({
  control,
  step,
  units,
  context,
}: {
  readonly control: Control<FormValues>;
  readonly step: StepDefinition;
  readonly units: UnitChoices;
  /** The context step's answers: the age decides the blood-pressure cut-off. */
  readonly context: AssessmentInput["context"];
}) {
  const values = useWatch({ control }) as FormValues;
  const validation = useStepValidation();
  if (!validation) return null;
  const sections = fromFormValues(values, step, units, { schemaVersion: 1 });
  // The step asks for some context fields itself (the fever's): they join the context step's answers.
  const merged = { ...(context ?? {}), ...((sections.context as object | undefined) ?? {}) };
  const parsed = validation.validateAssessment({ schemaVersion: 1, ...sections, context: merged });
  if (!parsed.ok) return null;
  const oxygen = oxygenClasses(parsed.assessment);
  const low = hypotension(parsed.assessment);
  let oxygenText: string;
  if (ventilatedForAirwayProtection(parsed.assessment))
    oxygenText = "positive pressure for airway protection — not counted as CRS hypoxia (crs-screen's convention; Lee 2019 lists positive pressure under hypoxia)";
  else if (oxygen.classes.length === 4) oxygenText = "not recorded";
  else oxygenText = oxygen.classes.map(classText).join(" or ") + (oxygen.missing.includes("vitals.oxygenFlowLPerMin") ? " — the flow decides" : "");
  let hypotensionText: string;
  if (low.value === null) hypotensionText = `unknown — answer the hypotension question, or enter ${stillNeeded(low.missing)}`;
  else if (low.basis === "clinician") hypotensionText = low.value ? "yes (your judgement)" : "no (your judgement)";
  else if (low.basis === "vasopressor") hypotensionText = "yes (a vasopressor is given)";
  else
    hypotensionText = low.value ? `yes — derived from blood pressure (${cutOffText(parsed.assessment.context?.ageYears)})` : `no — derived from blood pressure (${cutOffText(parsed.assessment.context?.ageYears)})`;
  return (
    <div className="derived" aria-live="polite">
      <p>
        <strong>Oxygen class:</strong> {oxygenText}.
      </p>
      <p>
        <strong>Hypotension:</strong> {hypotensionText}.
      </p>
    </div>
  );
}
