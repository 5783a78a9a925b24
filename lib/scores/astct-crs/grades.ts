/**
 * The ASTCT CRS grade tables — Lee DW et al., Biol Blood Marrow Transplant 2019 (`lee-2019`), as in
 * ../shared/clinical/INSTRUMENTS.md — in a module of their own, so the form's live oxygen-class
 * text can name the hypoxia grade without the instrument's code coming to the browser with it.
 */
import type { OxygenClass } from "../../assessment/derived";

/** Hypoxia grade by oxygen class. */
export const ASTCT_CRS_HYPOXIA_GRADE = { none: 0, "low-flow": 2, "high-flow": 3, "positive-pressure": 4 } as const satisfies Record<OxygenClass, number>;

/** Hypotension grade: none 0; not requiring vasopressors 2; one vasopressor ± vasopressin 3; several (vasopressin excluded) 4. */
export const ASTCT_CRS_HYPOTENSION_GRADE = { none: 0, withoutVasopressor: 2, oneVasopressor: 3, severalVasopressors: 4 } as const;

/** Fever alone is grade 1 (given no hypotension or hypoxia). */
export const ASTCT_CRS_FEVER_GRADE = 1;
