/**
 * ASTCT consensus CRS grade — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md. Grade = the more severe of hypotension and hypoxia, given
 * fever; after antipyretic or anti-cytokine therapy fever is no longer required.
 */
import { astctFever, hypotensionFromBloodPressure, oxygenClasses } from "../assessment/derived";
import { NO_NOTES, NOTHING_MISSING, possibleValues } from "../assessment/judgement";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, criterionFromRange, instrumentResult, meetsAtLeast } from "./result";
import type { InstrumentResult } from "./types";
import { ASTCT_CRS_HYPOTENSION_GRADE, ASTCT_CRS_HYPOXIA_GRADE } from "./astct-crs-grades";
import { readFeverWaivingTherapy, readStatedHypotension, readVasopressin, readVasopressorCount } from "../assessment/readers";

export const ASTCT_CRS_THRESHOLD = 1;

export { ASTCT_CRS_HYPOTENSION_GRADE, ASTCT_CRS_HYPOXIA_GRADE };

interface GradeSet {
  /** The grades still possible, lowest first. */
  readonly grades: readonly number[];
  readonly missing: readonly string[];
}

/** A settled grade, one shared answer per grade (the complete case; scoring makes thousands). */
const SETTLED_GRADE: readonly GradeSet[] = [0, 1, 2, 3, 4].map((grade) => Object.freeze({ grades: Object.freeze([grade]), missing: Object.freeze([]) }));

/**
 * The hypotension grades still possible. The vasopressor count and vasopressin decide grades 3–4;
 * only when no vasopressor is (possibly) given does hypotension itself (clinician or BP) decide 0 vs 2.
 */
export function hypotensionGrades(assessment: Assessment): GradeSet {
  const count = readVasopressorCount(assessment);
  const counts = count === undefined ? [0, 1, 2] : [count];
  const vasopressin = readVasopressin(assessment);
  const stated = readStatedHypotension(assessment);
  const withoutVasopressor = stated.value !== null ? stated : hypotensionFromBloodPressure(assessment);
  if (count !== undefined && vasopressin.value !== null && withoutVasopressor.value !== null) {
    return SETTLED_GRADE[hypotensionGrade(count, vasopressin.value, withoutVasopressor.value)]!;
  }
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
          ...(count === undefined ? [readVasopressorCount.path] : []),
          ...vasopressin.missing,
          ...(reachesNoVasopressor && withoutVasopressor.value === null ? [...(stated.value === null ? ["vitals.hypotension"] : []), ...withoutVasopressor.missing] : []),
        ]
      : [];
  return { grades: [...grades].sort((a, b) => a - b), missing: [...new Set(missing)] };
}

export function hypoxiaGrades(assessment: Assessment): GradeSet {
  const oxygen = oxygenClasses(assessment);
  if (oxygen.classes.length === 1) return SETTLED_GRADE[ASTCT_CRS_HYPOXIA_GRADE[oxygen.classes[0]!]]!;
  const grades = [...new Set(oxygen.classes.map((c) => ASTCT_CRS_HYPOXIA_GRADE[c]))].sort((a, b) => a - b);
  return { grades, missing: grades.length > 1 ? oxygen.missing : [] };
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
 * numbered in mixed radix, and each group's alternatives are compared by index (no arrays per
 * completion: this runs for every open grade, and bulk scoring has thousands). `grade` is handed
 * one array, refilled for each completion: it must not keep it.
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
  const grades: number[] = [];
  const completion: (boolean | number)[] = [];
  for (let index = 0; index < total; index++) {
    for (let i = 0; i < groups.length; i++) completion[i] = groups[i]!.values[Math.floor(index / strides[i]!) % groups[i]!.values.length]!;
    grades.push(grade(completion));
  }
  return groups.map((g, i) => {
    const size = g.values.length;
    const stride = strides[i]!;
    for (let index = 0; index < total; index++) {
      const digit = Math.floor(index / stride) % size;
      // Compare with every larger alternative of this group (the smaller ones compared with this one already).
      for (let alt = digit + 1; alt < size; alt++) if (grades[index + (alt - digit) * stride] !== grades[index]) return true;
    }
    return false;
  });
}

export function astctCrs(assessment: Assessment): InstrumentResult {
  const fever = astctFever(assessment);
  const waived = readFeverWaivingTherapy(assessment);
  const hypotension = hypotensionGrades(assessment);
  const hypoxia = hypoxiaGrades(assessment);

  // The four parts read disjoint inputs and the grade rises with each of them, so the range over
  // every completion runs from the grade at all the parts' lowest values to that at their highest.
  const hypotensionMin = hypotension.grades[0]!;
  const hypotensionMax = hypotension.grades[hypotension.grades.length - 1]!;
  const hypoxiaMin = hypoxia.grades[0]!;
  const hypoxiaMax = hypoxia.grades[hypoxia.grades.length - 1]!;
  const min = crsGrade(fever.value === true, waived.value === true, hypotensionMin, hypoxiaMin);
  const max = crsGrade(fever.value !== false, waived.value !== false, hypotensionMax, hypoxiaMax);
  // An unknown input is listed when, in some completion of the others, changing it alone changes
  // the grade. The inputs fall into six groups read from disjoint fields; each has at most four
  // values, so the check enumerates them (only while the grade is open).
  const missing: string[] = [];
  if (min !== max) {
    const count = readVasopressorCount(assessment);
    const vasopressin = readVasopressin(assessment);
    const stated = readStatedHypotension(assessment);
    const withoutVasopressor = stated.value !== null ? stated : hypotensionFromBloodPressure(assessment);
    const groups: readonly { readonly values: readonly (boolean | number)[]; readonly missing: readonly string[] }[] = [
      { values: possibleValues(fever), missing: fever.missing },
      { values: possibleValues(waived), missing: waived.missing },
      { values: count === undefined ? [0, 1, 2] : [Math.min(count, 2)], missing: count === undefined ? [readVasopressorCount.path] : [] },
      { values: possibleValues(vasopressin), missing: vasopressin.missing },
      { values: possibleValues(withoutVasopressor), missing: withoutVasopressor.value === null ? [...(stated.value === null ? ["vitals.hypotension"] : []), ...withoutVasopressor.missing] : [] },
      { values: hypoxia.grades, missing: hypoxia.missing },
    ];
    const grade = (v: readonly (boolean | number)[]) =>
      crsGrade(v[0] as boolean, v[1] as boolean, hypotensionGrade(v[2] as number, v[3] as boolean, v[4] as boolean), v[5] as number);
    const matters = groupsThatMatter(groups, grade);
    groups.forEach((g, i) => {
      if (matters[i]) missing.push(...g.missing);
    });
  }
  const setting = assessment.context?.setting;
  const applicable = setting === "immune-effector-cell-therapy";
  const criteria = [
    criterionFromJudgement("fever", fever, 1),
    criterionFromJudgement(
      "fever-not-required",
      waived,
      0,
    ),
    criterionFromRange(
      "hypotension",
      hypotensionMin,
      hypotensionMax,
      hypotension.missing,
    ),
    criterionFromRange(
      "hypoxia",
      hypoxiaMin,
      hypoxiaMax,
      hypoxia.missing,
    ),
  ];
  return instrumentResult(
    {
      id: "astct-crs",
      applicable,
      applicability: applicable ? APPLICABLE : NOT_APPLICABLE,
      notes: NO_NOTES,
    },
    criteria,
    min,
    max,
    meetsAtLeast(min, max, ASTCT_CRS_THRESHOLD),
    missing.length === 0 ? NOTHING_MISSING : [...new Set(missing)],
  );
}

const APPLICABLE = "Immune effector cell therapy: the setting ASTCT grading is defined for.";
const NOT_APPLICABLE = "Defined for immune effector cell therapy only; shown for teaching.";
