import {
  ADULT,
  CRS_GRADE_2_AND_ABOVE,
  CRS_GRADE_2_OR_PERSISTENT_FEVER,
  CRS_GRADE_3_TO_4,
  NEEDS_OXYGEN,
  PERSISTENT_FEVER_DAYS,
  PERSISTENT_FEVER_GRADE,
  grades,
} from "../requirements";
import type { Requirement, TherapyClassEntry } from "../types";

/** FDA 2017: "adult and pediatric patients 2 years of age and older". */
const FROM_AGE_2 = { kind: "age", min: 2 } as const satisfies Requirement;

export const IL6_BLOCKADE = {
  id: "il6-blockade",
  name: "IL-6 receptor / IL-6 blockade",
  mechanism: "Antibodies either occupy the IL-6 receptor (tocilizumab) or bind IL-6 itself (siltuximab), cutting the signal behind fever, capillary leak and the acute-phase response.",
  examples: ["tocilizumab", "siltuximab"],
  standardOfCare: true,
  seedClass: false,
  evidence: [
    {
      pattern: "crs-iec",
      tier: "approved",
      direction: "favourable",
      indication: {
        words: `severe or life-threatening CRS induced by CAR T cells, adults and children aged ${FROM_AGE_2.min} and over (FDA 2017), read here as ASTCT grade ${grades(CRS_GRADE_3_TO_4)}`,
        requires: [
          CRS_GRADE_3_TO_4,
          FROM_AGE_2,
          { kind: "not-recorded", what: "whether CAR T cells caused the CRS — the setting also covers bispecific T-cell engagers" },
        ],
        line: "later",
      },
      summary:
        `Tocilizumab: FDA-approved (Aug 2017) for severe or life-threatening CAR T cell-induced CRS from age ${FROM_AGE_2.min}; the approval rested on a retrospective pooled analysis of trial patients (about two-thirds responded), not on a randomised trial.`,
      sources: ["fda-tocilizumab-crs-2017"],
    },
    {
      pattern: "crs-iec",
      tier: "guideline",
      direction: "favourable",
      indication: {
        words: `CRS grade ${CRS_GRADE_2_AND_ABOVE.min} and above after CAR T cells, or grade ${PERSISTENT_FEVER_GRADE} with fever persisting over ${PERSISTENT_FEVER_DAYS} days or refractory (ASCO 2021)`,
        requires: [CRS_GRADE_2_OR_PERSISTENT_FEVER],
      },
      summary:
        `Tocilizumab: ASCO 2021 (Table 1) gives it from grade ${CRS_GRADE_2_AND_ABOVE.min} — its grade 3 and 4 rows continue "tocilizumab as per G2" and add corticosteroids; at grade ${PERSISTENT_FEVER_GRADE} it lists supportive care only, unless fever persists over ${PERSISTENT_FEVER_DAYS} days or is refractory. Expert consensus.`,
      sources: ["santomasso-2021"],
    },
    {
      pattern: "crs-iec",
      tier: "clinical studies",
      direction: "uncertain",
      indication: {
        words: `CRS grade ${CRS_GRADE_2_AND_ABOVE.min} and above after CAR T cells, as an alternative to tocilizumab (CARTOX 2018)`,
        requires: [CRS_GRADE_2_OR_PERSISTENT_FEVER],
      },
      summary: "Siltuximab: discussed as an alternative in CAR T toxicity recommendations; human data are limited and it is not approved for CRS.",
      sources: ["neelapu-2018"],
    },
    {
      pattern: "icans",
      onlyWith: "crs-iec",
      tier: "guideline",
      direction: "uncertain",
      indication: { words: "ICANS with concurrent CRS that itself calls for tocilizumab (ASCO 2021: it is for the CRS)", requires: [CRS_GRADE_2_OR_PERSISTENT_FEVER] },
      summary:
        "ICANS: ASCO 2021 places tocilizumab only under ICANS with concurrent CRS — it is for the CRS — and advises caution with repeated doses in patients with ICANS; for ICANS without CRS it lists supportive care and corticosteroids.",
      sources: ["santomasso-2021"],
    },
    {
      pattern: "covid-19",
      tier: "approved",
      direction: "favourable",
      indication: {
        words: "hospitalised adults with COVID-19 receiving systemic corticosteroids and needing supplemental oxygen, non-invasive or invasive ventilation, or ECMO (FDA 2022)",
        requires: [ADULT, NEEDS_OXYGEN, { kind: "not-recorded", what: "whether systemic corticosteroids are being given" }],
        line: "later",
      },
      summary:
        "Tocilizumab: FDA-approved (Dec 2022) for hospitalised adults with COVID-19 who are on systemic corticosteroids and need supplemental oxygen, non-invasive or invasive ventilation, or ECMO.",
      sources: ["fda-tocilizumab-covid-2022"],
    },
  ],
  classSources: ["fajgenbaum-2020"],
  notes: [],
} as const satisfies TherapyClassEntry;
