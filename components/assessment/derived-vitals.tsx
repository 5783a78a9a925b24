"use client";

import { useWatch, type Control } from "react-hook-form";
import { hypotension, oxygenClasses, validateAssessment } from "@/lib/assessment";
import { fromFormValues, type FormValues, type StepDefinition, type UnitChoices } from "@/lib/form";

const CLASS_TEXT = {
  none: "no oxygen",
  "low-flow": "low-flow oxygen (ASTCT hypoxia grade 2)",
  "high-flow": "high-flow oxygen (ASTCT hypoxia grade 3)",
  "positive-pressure": "positive pressure (ASTCT hypoxia grade 4)",
} as const;

/** What the library derives from the vitals as they are typed: the oxygen class and hypotension. */
export function DerivedVitals({ control, step, units }: { readonly control: Control<FormValues>; readonly step: StepDefinition; readonly units: UnitChoices }) {
  const values = useWatch({ control }) as FormValues;
  const sections = fromFormValues(values, step, units, { schemaVersion: 1 });
  const parsed = validateAssessment({ schemaVersion: 1, ...sections });
  if (!parsed.ok) return null;
  const oxygen = oxygenClasses(parsed.assessment);
  const low = hypotension(parsed.assessment);
  const oxygenText =
    oxygen.classes.length === 4
      ? "not recorded"
      : oxygen.classes.map((c) => CLASS_TEXT[c]).join(" or ") + (oxygen.missing.includes("vitals.oxygenFlowLPerMin") ? " — the flow decides" : "");
  let hypotensionText: string;
  if (low.value === null) hypotensionText = "unknown — answer the question, or enter systolic and diastolic pressure";
  else if (low.basis === "clinician") hypotensionText = low.value ? "yes (your judgement)" : "no (your judgement)";
  else if (low.basis === "vasopressor") hypotensionText = "yes (a vasopressor is given)";
  else hypotensionText = low.value ? "yes — derived from blood pressure (SBP < 90 or MAP < 65 mmHg)" : "no — derived from blood pressure";
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
