/**
 * ASTCT consensus ICANS grade — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md. Grade = the most severe domain.
 */
import { ICE_MIN_AGE_YEARS, iceScore } from "../../assessment/derived";
import { ICE_ITEMS, NUMERIC_FIELDS } from "../../assessment/fields";
import { readChoice, readFinding, readNumber, readValue, type PointRange } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import type { CriterionDefinition, Instrument } from "../instrument";
import { criterionFromJudgement, criterionFromRange, mostSevereResult } from "../result";
import type { InstrumentResult } from "../types";

const ASTCT_ICANS_THRESHOLD = 1;

/** ICE score → grade, from the top score down: the first band whose lowest score it reaches. */
const ICE_GRADES = [
  { from: 10, grade: 0 },
  { from: 7, grade: 1 },
  { from: 3, grade: 2 },
  { from: 0, grade: 3 },
] as const;

function iceGrade(ice: number): number {
  return ICE_GRADES.find((band) => ice >= band.from)!.grade;
}

/**
 * CAPD total → grade, children < 12 (Lee 2019 as reproduced in ADDITIONS-2026-12.md item 2):
 * ≥ 9 → grade 3 (ASCO: "A CAPD score of ≥9 … should be considered Grade 3 ICANS"); below 9 is
 * grade 1–2, the consciousness domain deciding between them, so the CAPD domain itself gives 1.
 * CAPD 0 → 0 is our convention (as ICE 10 → 0): whether Lee prints "< 9" or "1–8" was not read.
 */
export const CAPD_GRADE_3_FROM = 9;
const CAPD_GRADE_1_FROM = 1;
function capdGrade(capd: number): number {
  if (capd >= CAPD_GRADE_3_FROM) return 3;
  if (capd >= CAPD_GRADE_1_FROM) return 1;
  return 0;
}

const CONSCIOUSNESS_GRADE = {
  alert: 0,
  "awakens-spontaneously": 1,
  "awakens-to-voice": 2,
  "awakens-to-touch": 3,
  unarousable: 4,
} as const;
const SEIZURE_GRADE = { none: 0, resolving: 3, prolonged: 4 } as const;
const CEREBRAL_EDEMA_GRADE = { none: 0, focal: 3, diffuse: 4 } as const;
const MOTOR_WEAKNESS_GRADE = 4;

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

/** "7–9 → 1, 3–6 → 2, 0–2 → 3": the ICE bands that give a grade, each up to where the band above starts. */
function iceBandsInWords(separator: string, first = ""): string {
  return ICE_GRADES.slice(1)
    .map((band, i) => `${band.from}–${ICE_GRADES[i]!.from - 1} → ${i === 0 ? first : ""}${band.grade}`)
    .join(separator);
}

const CAPD_IN_WORDS = `${CAPD_GRADE_1_FROM}–${CAPD_GRADE_3_FROM - 1} → grade 1 (consciousness decides 1 or 2); ≥ ${CAPD_GRADE_3_FROM} → 3`;
const C = CONSCIOUSNESS_GRADE;
const CRITERIA = {
  ice: { published: `ICE score (age ≥ ${ICE_MIN_AGE_YEARS}): ${iceBandsInWords("; ", "grade ")}`, fields: ICE_ITEMS.map((item) => `neuro.iceItems.${item}` as const), thresholds: [] },
  capd: { published: `CAPD total (age < ${ICE_MIN_AGE_YEARS}): ${CAPD_IN_WORDS}`, fields: ["neuro.capdScore"], thresholds: [] },
  "ice-or-capd": {
    published: `ICE (age ≥ ${ICE_MIN_AGE_YEARS}) or CAPD (age < ${ICE_MIN_AGE_YEARS}) — age not recorded: ICE ${iceBandsInWords(", ")}; CAPD ${CAPD_GRADE_1_FROM}–${CAPD_GRADE_3_FROM - 1} → 1, ≥ ${CAPD_GRADE_3_FROM} → 3`,
    // Under 12 the CAPD replaces ICE; with the age unknown, either may apply.
    fields: [...ICE_ITEMS.map((item) => `neuro.iceItems.${item}` as const), "neuro.capdScore", "context.ageYears"],
    thresholds: [],
  },
  consciousness: {
    published: `Depressed consciousness: awakens spontaneously → ${C["awakens-spontaneously"]}; to voice → ${C["awakens-to-voice"]}; only to touch → ${C["awakens-to-touch"]}; unarousable, stupor or coma → ${C.unarousable}`,
    fields: ["neuro.consciousness"],
    thresholds: [],
  },
  seizure: {
    published: `Seizure: any that resolves rapidly, or non-convulsive on EEG resolving with intervention → ${SEIZURE_GRADE.resolving}; prolonged (> 5 min) or repetitive without return to baseline → ${SEIZURE_GRADE.prolonged}`,
    fields: ["neuro.seizure"],
    thresholds: [],
  },
  motor: { published: `Deep focal motor weakness (hemiparesis, paraparesis) → ${MOTOR_WEAKNESS_GRADE}`, fields: ["neuro.motorWeakness"], thresholds: [] },
  "cerebral-edema": {
    published: `Raised ICP / cerebral oedema: focal oedema on imaging → ${CEREBRAL_EDEMA_GRADE.focal}; diffuse oedema, posturing, CN VI palsy, papilledema or Cushing's triad → ${CEREBRAL_EDEMA_GRADE.diffuse}`,
    fields: ["neuro.cerebralEdema"],
    thresholds: [],
  },
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;

export function astctIcans(assessment: Assessment): InstrumentResult<Criterion> {
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
      source: "lee-2019",
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
  if (age === undefined) return `Immune effector cell therapy; age not recorded, so ICE (from ${ICE_MIN_AGE_YEARS} years) or CAPD (under ${ICE_MIN_AGE_YEARS}) — the grade spans both.`;
  if (age < ICE_MIN_AGE_YEARS) return `Immune effector cell therapy; under ${ICE_MIN_AGE_YEARS} years, so the CAPD replaces ICE.`;
  return `Immune effector cell therapy; ICE for age ≥ ${ICE_MIN_AGE_YEARS}.`;
}

const ICE_POINTS = ICE_ITEMS.map((item) => `${item} ${NUMERIC_FIELDS[`neuro.iceItems.${item}`].max}`).join(", ");
const ICE_TOTAL = ICE_ITEMS.reduce((sum, item) => sum + NUMERIC_FIELDS[`neuro.iceItems.${item}`].max, 0);
const CAPD = NUMERIC_FIELDS["neuro.capdScore"];

export const ASTCT_ICANS = {
  id: "astct-icans",
  name: "ASTCT ICANS grade (2019 consensus)",
  shortName: "ASTCT ICANS",
  threshold: `grade ≥ ${ASTCT_ICANS_THRESHOLD}`,
  thresholdValue: ASTCT_ICANS_THRESHOLD,
  source: "lee-2019",
  criteria: CRITERIA,
  about: {
    introduction: "Grades immune effector cell-associated neurotoxicity syndrome (ICANS).",
    derivation: `The same 2019 ASTCT consensus; the ${ICE_TOTAL}-point ICE screen (${ICE_POINTS}) refines the earlier CARTOX-10.`,
    interpretation: `Grade = the most severe domain. ICE is for adults and children aged ≥ ${ICE_MIN_AGE_YEARS}; under ${ICE_MIN_AGE_YEARS} the Cornell Assessment of Pediatric Delirium (CAPD, ${CAPD.min}–${CAPD.max}) replaces it: ≥ ${CAPD_GRADE_3_FROM} is grade 3, below ${CAPD_GRADE_3_FROM} grade 1–2 with the level of consciousness deciding between them.`,
    conventions: [
      `A child of exactly ${ICE_MIN_AGE_YEARS}.0 years is assessed with ICE (ASCO 2021: CAPD for age < ${ICE_MIN_AGE_YEARS}); one terminology source says CAPD “for children ${ICE_MIN_AGE_YEARS} and under”.`,
      `CAPD 0 with no other abnormal domain is grade 0, as ICE ${ICE_TOTAL} is (whether Lee 2019 prints the band as “< ${CAPD_GRADE_3_FROM}” or “${CAPD_GRADE_1_FROM}–${CAPD_GRADE_3_FROM - 1}” was not read).`,
      `“Unable to perform CAPD” is grade ${C.unarousable} only when ICANS causes it; the Assessment format has no field for it, so record the level of consciousness instead (unarousable → grade ${C.unarousable}). When sedation explains it, the CAPD is not assessable, not grade ${C.unarousable}.`,
      "crs-screen lets each ICE item be marked not assessable (language, vision or hearing barrier): ICE then becomes a range over that item's points, and the adaptation is reported.",
    ],
  },
  pattern: "icans", // its own pattern: not CRS (ASCO 2021, santomasso-2021)
  scale: { kind: "grade" },
  picture: "grade-bar",
  score: astctIcans,
} as const satisfies Instrument<"astct-icans", Criterion>;
