/**
 * Requirements several classes' evidence lines share, and the words that state their numbers. An
 * indication's words read a grade or an age from the requirement it is judged on (`grades`,
 * `CRS_GRADE_3_TO_4.min`, `CHILD.below`), so a changed number cannot leave its words behind
 * (tests/lib/therapies/catalogue.test.ts checks every number in every line's words).
 *
 * Conventions of ours, stated where they are used:
 * - "Severe or life-threatening" CRS in the tocilizumab label is read as ASTCT grade 3–4: the
 *   severity words of the Lee 2014 and CTCAE grades the label's trials used (grade 3 "severe",
 *   grade 4 "life-threatening"); ASCO 2021 asks for an echocardiogram in "severe CRS" in its grade 3 row.
 * - The setting the form records, immune effector cell therapy, covers CAR T cells and bispecific
 *   T-cell engagers; an approval for CAR T cell-induced CRS is therefore open ("only if"), never
 *   read as met. The ASTCT-based guideline lines (ASCO 2021) are applied to the whole setting, as
 *   the ASTCT grading they rest on is.
 * - Supplemental oxygen or ventilation recorded stands for the "hospitalised … needing oxygen" of
 *   the COVID-19 labels; "on systemic corticosteroids" is not recorded.
 */
import type { Requirement } from "./types";

/** The highest ASTCT CRS and ICANS grade (Lee 2019): a grade requirement without `max` reaches it. */
export const ASTCT_TOP_GRADE = 4;

/** A grade requirement's span in words: "3–4" for `{ min: 3 }`, "2" for `{ min: 2, max: 2 }`. */
export function grades(requirement: { readonly min: number; readonly max?: number }): string {
  const top = requirement.max ?? ASTCT_TOP_GRADE;
  return top === requirement.min ? `${top}` : `${requirement.min}–${top}`;
}

/** Adults: the age the adult labels and guidelines (FDA, SSC 2021, La Rosée 2019) are written for. */
export const ADULT = { kind: "age", min: 18 } as const satisfies Requirement;
/** Under the adult age: the population of the HLH-94/HLH-2004 protocols. */
export const CHILD = { kind: "age", below: ADULT.min } as const satisfies Requirement;

/** "Severe or life-threatening" CRS (see the conventions above); also ASCO 2021's corticosteroid rows. */
export const CRS_GRADE_3_TO_4 = { kind: "crs-grade", min: 3 } as const satisfies Requirement;
/** ASCO 2021 Table 1 gives tocilizumab from grade 2. */
export const CRS_GRADE_2_AND_ABOVE = { kind: "crs-grade", min: 2 } as const satisfies Requirement;
/** ASCO 2021 Table 1, grade 1: "In patients with persistent (>3 days) or refractory fever, consider managing as per G2." */
export const PERSISTENT_FEVER_GRADE = CRS_GRADE_2_AND_ABOVE.min - 1;
export const PERSISTENT_FEVER_DAYS = 3;
export const CRS_GRADE_2_OR_PERSISTENT_FEVER = {
  kind: "any-of",
  of: [
    CRS_GRADE_2_AND_ABOVE,
    { kind: "not-recorded", what: `whether fever at grade ${PERSISTENT_FEVER_GRADE} has persisted over ${PERSISTENT_FEVER_DAYS} days or is refractory` },
  ],
} as const satisfies Requirement;

export const NOT_AFTER_IMMUNE_EFFECTOR_CELLS = { kind: "setting", not: ["immune-effector-cell-therapy"] } as const satisfies Requirement;
export const STILLS_DISEASE = { kind: "finding", path: "context.sjia", present: true } as const satisfies Requirement;
export const NEEDS_OXYGEN = { kind: "oxygen", needed: true } as const satisfies Requirement;
