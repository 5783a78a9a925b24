/**
 * ASTCT consensus ICANS grade — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md. Grade = the most severe domain.
 */
import { iceScore } from "../assessment/derived";
import { readChoice, readFinding, readValue, type PointRange } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, criterionFromRange, mostSevereResult } from "./result";
import type { InstrumentResult } from "./types";

export const ASTCT_ICANS_THRESHOLD = 1;
/** ICE is validated for age ≥ 12; younger children are assessed with the CAPD. */
export const ICE_MIN_AGE_YEARS = 12;

/** ICE score → grade: 10 → 0; 7–9 → 1; 3–6 → 2; 0–2 → 3. */
export function iceGrade(ice: number): number {
  if (ice >= 10) return 0;
  if (ice >= 7) return 1;
  if (ice >= 3) return 2;
  return 3;
}

export const CONSCIOUSNESS_GRADE = {
  alert: 0,
  "awakens-spontaneously": 1,
  "awakens-to-voice": 2,
  "awakens-to-touch": 3,
  unarousable: 4,
} as const;
export const SEIZURE_GRADE = { none: 0, resolving: 3, prolonged: 4 } as const;
export const CEREBRAL_EDEMA_GRADE = { none: 0, focal: 3, diffuse: 4 } as const;
export const MOTOR_WEAKNESS_GRADE = 4;

/** The grades a domain read from one enumerated field can still give: the option's, or every option's when unknown. */
function choiceGrades(assessment: Assessment, path: "neuro.consciousness" | "neuro.seizure" | "neuro.cerebralEdema", grades: Readonly<Record<string, number>>): PointRange {
  const choice = readChoice(assessment, path);
  const possible = choice.values.map((value) => grades[value] ?? 0);
  return { min: Math.min(...possible), max: Math.max(...possible), missing: choice.known ? [] : [path] };
}

export function astctIcans(assessment: Assessment): InstrumentResult {
  const ice = iceScore(assessment);
  const age = readValue(assessment, "context.ageYears");
  const iceAge = age === undefined || age >= ICE_MIN_AGE_YEARS;
  const applicable = assessment.context?.setting === "immune-effector-cell-therapy" && iceAge;
  const domains = [
    // A higher ICE score is a lower grade.
    criterionFromRange("ice", { min: iceGrade(ice.max), max: iceGrade(ice.min), missing: ice.missing }),
    criterionFromRange("consciousness", choiceGrades(assessment, "neuro.consciousness", CONSCIOUSNESS_GRADE)),
    criterionFromRange("seizure", choiceGrades(assessment, "neuro.seizure", SEIZURE_GRADE)),
    criterionFromJudgement("motor", readFinding(assessment, "neuro.motorWeakness"), MOTOR_WEAKNESS_GRADE),
    criterionFromRange("cerebral-edema", choiceGrades(assessment, "neuro.cerebralEdema", CEREBRAL_EDEMA_GRADE)),
  ];
  const notes = ice.basis === "items" ? iceItemNotes(ice) : [];
  return mostSevereResult(
    {
      id: "astct-icans",
      applicable,
      applicability: icansApplicability(assessment.context?.setting === "immune-effector-cell-therapy", iceAge),
      notes,
    },
    domains,
    ASTCT_ICANS_THRESHOLD,
  );
}

/** What an ICE score summed from its items must say: items not recorded, items not assessable. */
function iceItemNotes(ice: ReturnType<typeof iceScore>): string[] {
  const notes: string[] = [];
  if (ice.notRecorded.length > 0) {
    notes.push(`ICE items not recorded: ${ice.notRecorded.join(", ")}; ICE is ${ice.min}–${ice.max} until they are.`);
  }
  if (ice.notAssessable.length > 0) {
    notes.push(
      `ICE adapted: ${ice.notAssessable.join(", ")} not assessable (language, vision or hearing barrier), so ICE is ${ice.min}–${ice.max} and each open item ranges over its own points.`,
    );
  }
  return notes;
}

function icansApplicability(immuneEffector: boolean, iceAge: boolean): string {
  if (!immuneEffector) return "Defined for immune effector cell therapy only; shown for teaching.";
  if (!iceAge) return "ICE is for age ≥ 12 (younger children: CAPD); shown for teaching.";
  return "Immune effector cell therapy; ICE for age ≥ 12.";
}
