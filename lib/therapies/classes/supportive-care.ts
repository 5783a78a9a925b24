import { CRS_GRADE_2_AND_ABOVE, PERSISTENT_FEVER_DAYS, PERSISTENT_FEVER_GRADE } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const SUPPORTIVE_CARE = {
  id: "supportive-care",
  name: "Supportive care and infection work-up",
  mechanism:
    "Not an immunomodulator: antipyretics, fluids, oxygen and organ support carry the patient while the inflammation runs its course, and cultures and imaging look for the infection that CRS mimics and that anti-cytokine drugs mask.",
  examples: ["antipyretics", "intravenous fluids", "blood and urine cultures, chest radiograph"],
  standardOfCare: true,
  seedClass: false,
  evidence: [
    {
      pattern: "crs-iec",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "CRS of any grade after CAR T cells (ASCO 2021: supportive care alone at grade 1, continued at every grade)", requires: [] },
      summary:
        `ASCO 2021 (Table 1): at every grade, a work-up including blood and urine cultures and a chest radiograph if fever is present; at grade ${PERSISTENT_FEVER_GRADE}, supportive care with antipyretics, IV hydration and symptomatic management, empiric broad-spectrum antibiotics considered if neutropenic, and fever persisting over ${PERSISTENT_FEVER_DAYS} days or refractory may be managed as grade ${CRS_GRADE_2_AND_ABOVE.min}. Higher grades continue it. Expert consensus.`,
      sources: ["santomasso-2021"],
    },
    {
      pattern: "icans",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "ICANS of any grade after CAR T cells (ASCO 2021: supportive care alone at grade 1 without concurrent CRS)", requires: [] },
      summary:
        "ASCO 2021 (Table 2): without concurrent CRS, grade 1 ICANS gets supportive care; grade 2 supportive care, with dexamethasone considered for high-risk products or patients; grade 3 corticosteroids.",
      sources: ["santomasso-2021"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
