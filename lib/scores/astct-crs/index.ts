/**
 * ASTCT consensus CRS grade — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md. Grade = the more severe of hypotension and hypoxia, given
 * fever. CRS is a diagnosis of exclusion (Lee 2019, Table 6 footnotes, as reproduced in the SITC
 * 2020 guideline; ../shared/clinical/ADDITIONS-2026-12.md, section 6): fever, hypotension and
 * hypoxia count only when "not attributable to any other cause", and fever is no longer required
 * only "in patients who have CRS then receive antipyretic or anticytokine therapy".
 */
import { publishedThreshold } from "../../units";
import {
  ASTCT_FEVER,
  HYPOTENSION_CHILD_MIN_AGE_YEARS,
  HYPOTENSION_FLAT_FROM_AGE_YEARS,
  HYPOTENSION_INFANT_SBP_BELOW_MMHG,
  HYPOTENSION_MAP_BELOW_MMHG,
  HYPOTENSION_MAP_FROM_AGE_YEARS,
  HYPOTENSION_NEONATE_SBP_BELOW_MMHG,
  HYPOTENSION_SBP_BELOW_MMHG,
  LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN,
  NEONATE_MAX_AGE_DAYS,
  astctFever,
  hypotensionFromBloodPressure,
  oxygenClasses,
  ventilatedForAirwayProtection,
} from "../../assessment/derived";
import { allOf, possibleValues, type Judgement } from "../../assessment/judgement";
import { readFinding, readValue, type Threshold } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import type { CriterionDefinition, Instrument } from "../instrument";
import { criterionFromJudgement, criterionFromRange, instrumentResult, meetsAtLeast } from "../result";
import type { InstrumentResult } from "../types";

import { ASTCT_CRS_FEVER_GRADE, ASTCT_CRS_HYPOTENSION_GRADE, ASTCT_CRS_HYPOXIA_GRADE } from "./grades";

const ASTCT_CRS_THRESHOLD = 1;

interface GradeSet {
  /** The grades still possible, lowest first. */
  readonly grades: readonly number[];
  readonly missing: readonly string[];
}

const VASOPRESSOR_COUNT = "vitals.vasopressorsExcludingVasopressin";

/** The inputs of the hypotension grade: the vasopressors given, and hypotension without them (the clinician's call, else from blood pressure). */
function hypotensionInputs(assessment: Assessment) {
  const count = readValue(assessment, VASOPRESSOR_COUNT);
  const vasopressin = readFinding(assessment, "vitals.vasopressin");
  const stated = readFinding(assessment, "vitals.hypotension");
  const withoutVasopressor: Judgement = stated.value !== null ? stated : hypotensionFromBloodPressure(assessment);
  /** The fields that would settle hypotension without a vasopressor. */
  const withoutVasopressorMissing = withoutVasopressor.value === null ? [...(stated.value === null ? ["vitals.hypotension"] : []), ...withoutVasopressor.missing] : [];
  return { count, vasopressin, withoutVasopressor, withoutVasopressorMissing };
}

/**
 * The hypotension grades still possible. The vasopressor count and vasopressin decide grades 3–4;
 * only when no vasopressor is (possibly) given does hypotension itself (clinician or BP) decide 0 vs 2.
 */
function hypotensionGrades(assessment: Assessment): GradeSet {
  const { count, vasopressin, withoutVasopressor, withoutVasopressorMissing } = hypotensionInputs(assessment);
  const counts = count === undefined ? [0, 1, 2] : [count];
  const grades = new Set<number>();
  let reachesNoVasopressor = false;
  for (const n of counts) {
    for (const v of possibleValues(vasopressin)) {
      if (n === 0 && !v) reachesNoVasopressor = true;
      for (const h of possibleValues(withoutVasopressor)) grades.add(hypotensionGrade(n, v, h));
    }
  }
  const missing =
    grades.size > 1
      ? [
          ...(count === undefined ? [VASOPRESSOR_COUNT] : []),
          ...vasopressin.missing,
          ...(reachesNoVasopressor ? withoutVasopressorMissing : []),
        ]
      : [];
  return { grades: [...grades].sort((a, b) => a - b), missing: [...new Set(missing)] };
}

const AIRWAY_PROTECTION_NOTE =
  "Convention applied: the mechanical ventilation was recorded as started to protect the airway, not for hypoxia, so it is not counted as CRS hypoxia. Lee 2019 itself puts positive pressure (CPAP, BiPAP, intubation, mechanical ventilation) in the hypoxia row.";

function hypoxiaGrades(assessment: Assessment): GradeSet {
  if (ventilatedForAirwayProtection(assessment)) return { grades: [ASTCT_CRS_HYPOXIA_GRADE.none], missing: [] };
  const oxygen = oxygenClasses(assessment);
  const grades = [...new Set(oxygen.classes.map((c) => ASTCT_CRS_HYPOXIA_GRADE[c]))].sort((a, b) => a - b);
  return { grades, missing: grades.length > 1 ? oxygen.missing : [] };
}

/**
 * Fever is no longer required when antipyretic or anti-cytokine therapy was given to a patient who
 * already had CRS (Lee 2019): both answers are needed, and either "no" keeps fever required.
 */
function feverNotRequired(assessment: Assessment): Judgement {
  return allOf(readFinding(assessment, "context.antipyreticOrAnticytokineGiven"), readFinding(assessment, "context.crsBeforeTherapy"));
}

/** A domain's grades once its attribution is read: a sign with another cause grades 0 (Lee 2019: "not attributable to any other cause"). */
function attributedGrades(domain: GradeSet, otherCause: Judgement): GradeSet {
  const grades = new Set<number>();
  for (const attributed of possibleValues(otherCause)) for (const g of domain.grades) grades.add(attributed ? 0 : g);
  const sorted = [...grades].sort((a, b) => a - b);
  // The attribution matters only when the sign may be present (a grade above 0 is possible).
  const attributionMissing = otherCause.value === null && domain.grades.some((g) => g > 0) ? otherCause.missing : [];
  return { grades: sorted, missing: sorted.length > 1 ? [...new Set([...domain.missing, ...attributionMissing])] : [] };
}

/** The hypotension grade for one completion: vasopressors decide 3–4, else hypotension 2 or none 0. */
export function hypotensionGrade(vasopressorCount: number, vasopressin: boolean, hypotensive: boolean): number {
  if (vasopressorCount >= 2) return ASTCT_CRS_HYPOTENSION_GRADE.severalVasopressors;
  if (vasopressorCount === 1 || vasopressin) return ASTCT_CRS_HYPOTENSION_GRADE.oneVasopressor;
  return hypotensive ? ASTCT_CRS_HYPOTENSION_GRADE.withoutVasopressor : ASTCT_CRS_HYPOTENSION_GRADE.none;
}

/** The grade for one completion. */
export function crsGrade(fever: boolean, feverWaived: boolean, hypotensionGrade: number, hypoxiaGrade: number): number {
  const organ = Math.max(hypotensionGrade, hypoxiaGrade);
  if (fever) return Math.max(ASTCT_CRS_FEVER_GRADE, organ);
  return feverWaived ? organ : 0;
}

/**
 * For each group of inputs, whether changing it alone changes the grade in some completion of the
 * others. Exhaustive: the grade of every completion (at most 2·2·3·2·2·4 = 192) is worked out once,
 * the completions numbered in mixed radix (group 0 the most significant digit), so that changing
 * group i alone from its value at `digit` to `alt` moves the number by (alt − digit) · stride(i).
 */
export function groupsThatMatter(
  groups: readonly { readonly values: readonly (boolean | number)[] }[],
  grade: (values: readonly (boolean | number)[]) => number,
): boolean[] {
  const strides: number[] = [];
  let total = 1;
  for (let i = groups.length - 1; i >= 0; i--) {
    strides[i] = total;
    total *= groups[i]!.values.length;
  }
  const digitOf = (index: number, i: number) => Math.floor(index / strides[i]!) % groups[i]!.values.length;
  const grades: number[] = [];
  for (let index = 0; index < total; index++) grades.push(grade(groups.map((g, i) => g.values[digitOf(index, i)]!)));
  return groups.map((g, i) => {
    const size = g.values.length;
    const stride = strides[i]!;
    for (let index = 0; index < total; index++) {
      const digit = digitOf(index, i);
      // Compare with every larger alternative of this group (the smaller ones compared with this one already).
      for (let alt = digit + 1; alt < size; alt++) if (grades[index + (alt - digit) * stride] !== grades[index]) return true;
    }
    return false;
  });
}

/** Nasal cannula above this flow is high-flow oxygen (grade 3), at or below it low-flow (grade 2). */
const HIGH_FLOW_NASAL_CANNULA: Threshold = { path: "vitals.oxygenFlowLPerMin", comparison: ">", value: LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN, unit: "L/min" };
const HYPOTENSION = ASTCT_CRS_HYPOTENSION_GRADE;
const HYPOXIA = ASTCT_CRS_HYPOXIA_GRADE;

const CRITERIA = {
  fever: {
    published: `Fever ${publishedThreshold(ASTCT_FEVER)} not attributable to another cause (grade ${ASTCT_CRS_FEVER_GRADE} by itself)`,
    fields: ["vitals.temperatureMaxC", "context.feverOtherCause"],
    thresholds: [{ threshold: ASTCT_FEVER }],
  },
  "fever-not-required": {
    published: "CRS present, then antipyretic or anti-cytokine therapy given (tocilizumab, corticosteroids): fever no longer required to grade its subsequent severity",
    fields: ["context.antipyreticOrAnticytokineGiven", "context.crsBeforeTherapy"],
    thresholds: [],
  },
  hypotension: {
    published: `Hypotension not attributable to another cause: not requiring vasopressors → grade ${HYPOTENSION.withoutVasopressor}; one vasopressor with or without vasopressin → ${HYPOTENSION.oneVasopressor}; several vasopressors (vasopressin excluded) → ${HYPOTENSION.severalVasopressors}`,
    // Hypotension from blood pressure is judged by age (PALS, lib/assessment/derived.ts).
    fields: ["vitals.systolicBpMmHg", "vitals.diastolicBpMmHg", "context.ageYears", "vitals.hypotension", "vitals.vasopressorsExcludingVasopressin", "vitals.vasopressin", "vitals.hypotensionOtherCause"],
    thresholds: [],
  },
  hypoxia: {
    published: `Hypoxia not attributable to another cause: low-flow oxygen (nasal cannula ${publishedThreshold({ ...HIGH_FLOW_NASAL_CANNULA, comparison: "<=" })}, blow-by) → grade ${HYPOXIA["low-flow"]}; high-flow (nasal cannula ${publishedThreshold(HIGH_FLOW_NASAL_CANNULA)}, HFNC, facemask, non-rebreather, Venturi) → ${HYPOXIA["high-flow"]}; positive pressure (CPAP, BiPAP, ventilation) → ${HYPOXIA["positive-pressure"]}`,
    fields: ["vitals.oxygenDevice", "vitals.oxygenFlowLPerMin", "vitals.intubatedForAirwayProtection", "vitals.hypoxiaOtherCause"],
    thresholds: [{ threshold: HIGH_FLOW_NASAL_CANNULA }],
  },
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;

export function astctCrs(assessment: Assessment): InstrumentResult<Criterion> {
  const fever = astctFever(assessment);
  const given = readFinding(assessment, "context.antipyreticOrAnticytokineGiven");
  const crsBefore = readFinding(assessment, "context.crsBeforeTherapy");
  const waived = feverNotRequired(assessment);
  const hypotensionOtherCause = readFinding(assessment, "vitals.hypotensionOtherCause");
  const hypoxiaOtherCause = readFinding(assessment, "vitals.hypoxiaOtherCause");
  const hypotension = attributedGrades(hypotensionGrades(assessment), hypotensionOtherCause);
  const hypoxia = attributedGrades(hypoxiaGrades(assessment), hypoxiaOtherCause);

  // The parts read disjoint inputs and the grade rises with each of them (and falls with each
  // attribution), so the range over every completion runs from the grade at all the parts' lowest
  // values to that at their highest.
  const hypotensionMin = hypotension.grades[0]!;
  const hypotensionMax = hypotension.grades[hypotension.grades.length - 1]!;
  const hypoxiaMin = hypoxia.grades[0]!;
  const hypoxiaMax = hypoxia.grades[hypoxia.grades.length - 1]!;
  const min = crsGrade(fever.value === true, waived.value === true, hypotensionMin, hypoxiaMin);
  const max = crsGrade(fever.value !== false, waived.value !== false, hypotensionMax, hypoxiaMax);
  // An unknown input is listed when, in some completion of the others, changing it alone changes
  // the grade. The inputs fall into nine groups read from disjoint fields; each has at most four
  // values, so the check enumerates them (only while the grade is open).
  const missing: string[] = [];
  if (min !== max) {
    const { count, vasopressin, withoutVasopressor, withoutVasopressorMissing } = hypotensionInputs(assessment);
    const rawHypoxia = hypoxiaGrades(assessment);
    const groups: readonly { readonly values: readonly (boolean | number)[]; readonly missing: readonly string[] }[] = [
      { values: possibleValues(fever), missing: fever.missing },
      { values: possibleValues(given), missing: given.missing },
      { values: possibleValues(crsBefore), missing: crsBefore.missing },
      { values: count === undefined ? [0, 1, 2] : [Math.min(count, 2)], missing: count === undefined ? [VASOPRESSOR_COUNT] : [] },
      { values: possibleValues(vasopressin), missing: vasopressin.missing },
      { values: possibleValues(withoutVasopressor), missing: withoutVasopressorMissing },
      { values: possibleValues(hypotensionOtherCause), missing: hypotensionOtherCause.missing },
      { values: rawHypoxia.grades, missing: rawHypoxia.missing },
      { values: possibleValues(hypoxiaOtherCause), missing: hypoxiaOtherCause.missing },
    ];
    const grade = (v: readonly (boolean | number)[]) => {
      const hypotensionPart = v[6] ? 0 : hypotensionGrade(v[3] as number, v[4] as boolean, v[5] as boolean);
      const hypoxiaPart = v[8] ? 0 : (v[7] as number);
      return crsGrade(v[0] as boolean, (v[1] as boolean) && (v[2] as boolean), hypotensionPart, hypoxiaPart);
    };
    const matters = groupsThatMatter(groups, grade);
    groups.forEach((g, i) => {
      if (matters[i]) missing.push(...g.missing);
    });
  }
  const setting = assessment.context?.setting;
  const applicable = setting === "immune-effector-cell-therapy";
  const criteria = [
    criterionFromJudgement("fever", fever, 1),
    criterionFromJudgement("fever-not-required", waived, 0),
    criterionFromRange("hypotension", { min: hypotensionMin, max: hypotensionMax, missing: hypotension.missing }),
    criterionFromRange("hypoxia", { min: hypoxiaMin, max: hypoxiaMax, missing: hypoxia.missing }),
  ];
  return instrumentResult(
    {
      id: "astct-crs",
      source: "lee-2019",
      applicable,
      applicability: applicable ? "Immune effector cell therapy: the setting ASTCT grading is defined for." : "Defined for immune effector cell therapy only; shown for teaching.",
      notes: [...attributionNotes(hypotensionOtherCause, hypoxiaOtherCause), ...(ventilatedForAirwayProtection(assessment) ? [AIRWAY_PROTECTION_NOTE] : [])],
    },
    criteria,
    min,
    max,
    meetsAtLeast(min, max, ASTCT_CRS_THRESHOLD),
    [...new Set(missing)],
  );
}

/** Said on the result when a sign was attributed to another cause, so a trainee sees why it does not grade. */
const HYPOTENSION_OTHER_CAUSE_NOTE = "The hypotension was recorded as attributable to another cause, so it does not grade CRS (Lee 2019: hypotension “not attributable to any other cause”).";
const HYPOXIA_OTHER_CAUSE_NOTE = "The hypoxia was recorded as attributable to another cause, so it does not grade CRS (Lee 2019: hypoxia “not attributable to any other cause”).";

function attributionNotes(hypotensionOtherCause: Judgement, hypoxiaOtherCause: Judgement): string[] {
  return [...(hypotensionOtherCause.value === true ? [HYPOTENSION_OTHER_CAUSE_NOTE] : []), ...(hypoxiaOtherCause.value === true ? [HYPOXIA_OTHER_CAUSE_NOTE] : [])];
}

/** The PALS cut-offs by age, as the convention below states them (numbers from lib/assessment/derived.ts). */
const PALS_IN_WORDS =
  `SBP < ${HYPOTENSION_NEONATE_SBP_BELOW_MMHG} mmHg to ${NEONATE_MAX_AGE_DAYS} days, < ${HYPOTENSION_INFANT_SBP_BELOW_MMHG} to ${HYPOTENSION_CHILD_MIN_AGE_YEARS} year, ` +
  `< ${HYPOTENSION_INFANT_SBP_BELOW_MMHG} + 2 × completed years from ${HYPOTENSION_CHILD_MIN_AGE_YEARS} to ${HYPOTENSION_FLAT_FROM_AGE_YEARS}, < ${HYPOTENSION_SBP_BELOW_MMHG} from ${HYPOTENSION_FLAT_FROM_AGE_YEARS}`;

export const ASTCT_CRS = {
  id: "astct-crs",
  name: "ASTCT CRS grade (2019 consensus)",
  shortName: "ASTCT CRS",
  threshold: `grade ≥ ${ASTCT_CRS_THRESHOLD}`,
  thresholdValue: ASTCT_CRS_THRESHOLD,
  source: "lee-2019",
  criteria: CRITERIA,
  about: {
    introduction: "Grades cytokine release syndrome after immune effector cell therapy (CAR-T cells, bispecific T-cell engagers).",
    derivation:
      "A consensus of the American Society for Transplantation and Cellular Therapy (2018 meeting, published 2019) that replaced the earlier, divergent scales (including the 2014 Lee criteria) with one grading built on fever, hypotension and hypoxia.",
    interpretation: "Grade = the more severe of hypotension and hypoxia, given fever. Organ toxicities are managed but do not change the grade.",
    conventions: [
      "CRS is a diagnosis of exclusion: fever, hypotension and hypoxia grade only when not attributable to any other cause (Lee 2019, Table 6 footnotes). A sign whose cause was not recorded leaves the grade open between both readings, and the result names the answer that decides it.",
      "Fever is no longer required only in patients who had CRS and then received antipyretic or anti-cytokine therapy (Lee 2019). Given before any CRS, such therapy masks fever but does not waive it: an afebrile patient on a vasopressor is then not graded as CRS — infection comes first.",
      "Hypoxia is read from the oxygen device and flow (the contract's oxygen class); SpO₂ alone does not grade.",
      `Hypotension derived from blood pressure uses the AHA/PALS 2010 cut-offs by age (${PALS_IN_WORDS}); adults (≥ ${HYPOTENSION_MAP_FROM_AGE_YEARS}) are also hypotensive at MAP < ${HYPOTENSION_MAP_BELOW_MMHG} mmHg — our convention, not PALS. With age unknown the derived answer is open between SBP ${HYPOTENSION_NEONATE_SBP_BELOW_MMHG} and ${HYPOTENSION_SBP_BELOW_MMHG}.`,
      "Mechanical ventilation recorded as started to protect the airway (e.g. in ICANS), not for hypoxia, is not counted as CRS hypoxia. This is crs-screen's convention: Lee 2019 itself lists positive pressure (CPAP, BiPAP, intubation, mechanical ventilation) in the hypoxia row.",
    ],
  },
  pattern: "crs-iec",
  scale: { kind: "grade" },
  picture: "grade-bar",
  score: astctCrs,
} as const satisfies Instrument<"astct-crs", Criterion>;
