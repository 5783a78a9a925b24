/**
 * ASTCT consensus ICANS grade — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md. Grade = the most severe domain.
 */
import { ICE_MIN_AGE_YEARS, iceScore } from "../assessment/derived";
import { readChoice, readFinding, readNumber, readValue, type PointRange } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, criterionFromRange, mostSevereResult } from "./result";
import type { InstrumentResult } from "./types";

export const ASTCT_ICANS_THRESHOLD = 1;
/** ICE from 12 years, CAPD under 12 (derived.ts says why). */
export { ICE_MIN_AGE_YEARS };

/** ICE score → grade: 10 → 0; 7–9 → 1; 3–6 → 2; 0–2 → 3. */
export function iceGrade(ice: number): number {
  if (ice >= 10) return 0;
  if (ice >= 7) return 1;
  if (ice >= 3) return 2;
  return 3;
}

/**
 * CAPD total → grade, children < 12 (Lee 2019 as reproduced in ADDITIONS-2026-12.md item 2):
 * ≥ 9 → grade 3 (ASCO: "A CAPD score of ≥9 … should be considered Grade 3 ICANS"); below 9 is
 * grade 1–2, the consciousness domain deciding between them, so the CAPD domain itself gives 1.
 * CAPD 0 → 0 is our convention (as ICE 10 → 0): whether Lee prints "< 9" or "1–8" was not read.
 */
export const CAPD_GRADE_3_FROM = 9;
export function capdGrade(capd: number): number {
  if (capd >= CAPD_GRADE_3_FROM) return 3;
  if (capd >= 1) return 1;
  return 0;
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

/** The ICE domain's grades: a higher ICE score is a lower grade. */
function iceGrades(ice: ReturnType<typeof iceScore>): PointRange {
  return { min: iceGrade(ice.max), max: iceGrade(ice.min), missing: ice.missing };
}

/** The CAPD domain's grades: the total's grade, or 0–3 when not recorded. */
function capdGrades(assessment: Assessment): PointRange {
  const capd = readNumber(assessment, "neuro.capdScore");
  return { min: capdGrade(capd.low), max: capdGrade(capd.high), missing: capd.known ? [] : [capd.path] };
}

/**
 * The encephalopathy domain: ICE from 12 years, CAPD under 12. With age unknown it is either, so
 * its grades span both; the age is missing unless both tests are known and agree.
 */
function encephalopathyDomain(assessment: Assessment, ice: ReturnType<typeof iceScore>) {
  const age = readValue(assessment, "context.ageYears");
  if (age !== undefined) return age >= ICE_MIN_AGE_YEARS ? criterionFromRange("ice", iceGrades(ice)) : criterionFromRange("capd", capdGrades(assessment));
  const byIce = iceGrades(ice);
  const byCapd = capdGrades(assessment);
  const settledAlike = byIce.missing.length === 0 && byCapd.missing.length === 0 && byIce.min === byCapd.min;
  return criterionFromRange("ice-or-capd", {
    min: Math.min(byIce.min, byCapd.min),
    max: Math.max(byIce.max, byCapd.max),
    missing: settledAlike ? [] : ["context.ageYears", ...byIce.missing, ...byCapd.missing],
  });
}

export function astctIcans(assessment: Assessment): InstrumentResult {
  const ice = iceScore(assessment);
  const age = readValue(assessment, "context.ageYears");
  const immuneEffector = assessment.context?.setting === "immune-effector-cell-therapy";
  const domains = [
    encephalopathyDomain(assessment, ice),
    criterionFromRange("consciousness", choiceGrades(assessment, "neuro.consciousness", CONSCIOUSNESS_GRADE)),
    criterionFromRange("seizure", choiceGrades(assessment, "neuro.seizure", SEIZURE_GRADE)),
    criterionFromJudgement("motor", readFinding(assessment, "neuro.motorWeakness"), MOTOR_WEAKNESS_GRADE),
    criterionFromRange("cerebral-edema", choiceGrades(assessment, "neuro.cerebralEdema", CEREBRAL_EDEMA_GRADE)),
  ];
  const usesIce = age === undefined || age >= ICE_MIN_AGE_YEARS;
  const notes = usesIce && ice.basis === "items" ? iceItemNotes(ice) : [];
  return mostSevereResult(
    {
      id: "astct-icans",
      applicable: immuneEffector,
      applicability: icansApplicability(immuneEffector, age),
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

function icansApplicability(immuneEffector: boolean, age: number | undefined): string {
  if (!immuneEffector) return "Defined for immune effector cell therapy only; shown for teaching.";
  if (age === undefined) return "Immune effector cell therapy; age not recorded, so ICE (from 12 years) or CAPD (under 12) — the grade spans both.";
  if (age < ICE_MIN_AGE_YEARS) return "Immune effector cell therapy; under 12 years, so the CAPD replaces ICE.";
  return "Immune effector cell therapy; ICE for age ≥ 12.";
}
