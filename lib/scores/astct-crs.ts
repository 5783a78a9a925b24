/**
 * ASTCT consensus CRS grade — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md. Grade = the more severe of hypotension and hypoxia, given
 * fever. CRS is a diagnosis of exclusion (Lee 2019, Table 6 footnotes, as reproduced in the SITC
 * 2020 guideline; ../shared/clinical/ADDITIONS-2026-12.md, section 6): fever, hypotension and
 * hypoxia count only when "not attributable to any other cause", and fever is no longer required
 * only "in patients who have CRS then receive antipyretic or anticytokine therapy".
 */
import { astctFever, hypotensionFromBloodPressure, oxygenClasses, ventilatedForAirwayProtection } from "../assessment/derived";
import { allOf, possibleValues, type Judgement } from "../assessment/judgement";
import { readFinding, readValue } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, criterionFromRange, instrumentResult, meetsAtLeast } from "./result";
import type { InstrumentResult } from "./types";
import { ASTCT_CRS_HYPOTENSION_GRADE, ASTCT_CRS_HYPOXIA_GRADE } from "./astct-crs-grades";

export const ASTCT_CRS_THRESHOLD = 1;

export { ASTCT_CRS_HYPOTENSION_GRADE, ASTCT_CRS_HYPOXIA_GRADE };

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
export function hypotensionGrades(assessment: Assessment): GradeSet {
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

export const AIRWAY_PROTECTION_NOTE =
  "Convention applied: the mechanical ventilation was recorded as started to protect the airway, not for hypoxia, so it is not counted as CRS hypoxia. Lee 2019 itself puts positive pressure (CPAP, BiPAP, intubation, mechanical ventilation) in the hypoxia row.";

export function hypoxiaGrades(assessment: Assessment): GradeSet {
  if (ventilatedForAirwayProtection(assessment)) return { grades: [ASTCT_CRS_HYPOXIA_GRADE.none], missing: [] };
  const oxygen = oxygenClasses(assessment);
  const grades = [...new Set(oxygen.classes.map((c) => ASTCT_CRS_HYPOXIA_GRADE[c]))].sort((a, b) => a - b);
  return { grades, missing: grades.length > 1 ? oxygen.missing : [] };
}

/**
 * Fever is no longer required when antipyretic or anti-cytokine therapy was given to a patient who
 * already had CRS (Lee 2019): both answers are needed, and either "no" keeps fever required.
 */
export function feverNotRequired(assessment: Assessment): Judgement {
  return allOf(readFinding(assessment, "context.antipyreticOrAnticytokineGiven"), readFinding(assessment, "context.crsBeforeTherapy"));
}

/** A domain's grades once its attribution is read: a sign with another cause grades 0 (Lee 2019: "not attributable to any other cause"). */
export function attributedGrades(domain: GradeSet, otherCause: Judgement): GradeSet {
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
  if (fever) return Math.max(1, organ);
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

export function astctCrs(assessment: Assessment): InstrumentResult {
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
export const HYPOTENSION_OTHER_CAUSE_NOTE = "The hypotension was recorded as attributable to another cause, so it does not grade CRS (Lee 2019: hypotension “not attributable to any other cause”).";
export const HYPOXIA_OTHER_CAUSE_NOTE = "The hypoxia was recorded as attributable to another cause, so it does not grade CRS (Lee 2019: hypoxia “not attributable to any other cause”).";

function attributionNotes(hypotensionOtherCause: Judgement, hypoxiaOtherCause: Judgement): string[] {
  return [...(hypotensionOtherCause.value === true ? [HYPOTENSION_OTHER_CAUSE_NOTE] : []), ...(hypoxiaOtherCause.value === true ? [HYPOXIA_OTHER_CAUSE_NOTE] : [])];
}
