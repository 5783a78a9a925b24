/**
 * ASTCT consensus ICANS grade — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md. Grade = the most severe domain.
 */
import { NO_NOTES, NOTHING_MISSING } from "../assessment/judgement";
import { iceScore } from "../assessment/derived";
import { choiceReader, type Choice } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, criterionFromRange, mostSevereResult } from "./result";
import type { InstrumentResult } from "./types";
import { readAgeYears, readMotorWeakness } from "../assessment/readers";

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

type NeuroChoice = "neuro.consciousness" | "neuro.seizure" | "neuro.cerebralEdema";

/** A domain read from one enumerated field: its reader, and the grade of each option. */
interface ChoiceDomain<P extends NeuroChoice> {
  readonly path: P;
  readonly read: (assessment: Assessment) => Choice<P>;
  readonly grades: Record<string, number>;
}

function choiceDomainOf<P extends NeuroChoice>(path: P, grades: Record<string, number>): ChoiceDomain<P> {
  return { path, read: choiceReader(path), grades };
}

const CONSCIOUSNESS = choiceDomainOf("neuro.consciousness", CONSCIOUSNESS_GRADE);
const SEIZURE = choiceDomainOf("neuro.seizure", SEIZURE_GRADE);
const CEREBRAL_EDEMA = choiceDomainOf("neuro.cerebralEdema", CEREBRAL_EDEMA_GRADE);

function choiceDomain<P extends NeuroChoice>(assessment: Assessment, { path, read, grades }: ChoiceDomain<P>, id: string) {
  const choice = read(assessment);
  let min = Infinity;
  let max = -Infinity;
  // An index loop over a frozen list (why: addMissing in lib/assessment/judgement.ts).
  for (let i = 0; i < choice.values.length; i++) {
    const value = choice.values[i]!;
    const grade = grades[value] ?? 0;
    min = Math.min(min, grade);
    max = Math.max(max, grade);
  }
  return criterionFromRange(id, min, max, choice.known ? NOTHING_MISSING : [path]);
}

export function astctIcans(assessment: Assessment): InstrumentResult {
  const ice = iceScore(assessment);
  const age = readAgeYears(assessment);
  const iceAge = age === undefined || age >= ICE_MIN_AGE_YEARS;
  const applicable = assessment.context?.setting === "immune-effector-cell-therapy" && iceAge;
  const domains = [
    criterionFromRange("ice", iceGrade(ice.max), iceGrade(ice.min), ice.missing),
    choiceDomain(assessment, CONSCIOUSNESS, "consciousness"),
    choiceDomain(assessment, SEIZURE, "seizure"),
    criterionFromJudgement("motor", readMotorWeakness(assessment), MOTOR_WEAKNESS_GRADE),
    choiceDomain(assessment, CEREBRAL_EDEMA, "cerebral-edema"),
  ];
  const notes = ice.basis === "items" ? iceItemNotes(ice) : NO_NOTES;
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
