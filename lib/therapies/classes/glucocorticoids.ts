import { ADULT, CHILD, CRS_GRADE_3_TO_4, NEEDS_OXYGEN, NOT_AFTER_IMMUNE_EFFECTOR_CELLS, STILLS_DISEASE, grades } from "../requirements";
import type { Requirement, TherapyClassEntry } from "../types";

/** ASCO 2021 Table 2: corticosteroids from grade 2 ICANS ("moderate to severe"). */
const ICANS_GRADE_2_AND_ABOVE = { kind: "icans-grade", min: 2 } as const satisfies Requirement;

export const GLUCOCORTICOIDS = {
  id: "glucocorticoids",
  name: "Glucocorticoids",
  mechanism: "Broad suppression of inflammatory gene transcription in many immune cell types at once, rather than blocking a single cytokine.",
  examples: ["dexamethasone", "methylprednisolone"],
  standardOfCare: true,
  seedClass: true,
  evidence: [
    {
      pattern: "crs-iec",
      tier: "guideline",
      direction: "favourable",
      indication: { words: `CRS grade ${grades(CRS_GRADE_3_TO_4)} after CAR T cells, with tocilizumab (ASCO 2021)`, requires: [CRS_GRADE_3_TO_4] },
      summary:
        "ASCO 2021 (Table 1) adds dexamethasone to tocilizumab at grade 3 and high-dose methylprednisolone at grade 4; what its grade 2 row says about corticosteroids was not read here. It notes that earlier steroid use is recommended for some products. Expert consensus.",
      sources: ["santomasso-2021"],
    },
    {
      pattern: "icans",
      tier: "guideline",
      direction: "favourable",
      indication: {
        words: `moderate to severe ICANS, grade ${ICANS_GRADE_2_AND_ABOVE.min} and above (ASCO 2021; at grade ${ICANS_GRADE_2_AND_ABOVE.min} without concurrent CRS, considered for high-risk products or patients)`,
        requires: [ICANS_GRADE_2_AND_ABOVE],
      },
      summary:
        "ASCO 2021: moderate to severe ICANS is managed with corticosteroids and supportive care; without concurrent CRS, grade 1 gets supportive care, grade 2 supportive care with corticosteroids considered for high-risk products or patients, grade 3 corticosteroids. Expert consensus — the guideline notes the paucity of high-quality evidence.",
      sources: ["santomasso-2021"],
    },
    {
      pattern: "hlh",
      tier: "guideline",
      direction: "favourable",
      indication: {
        words: `HLH under ${CHILD.below} years, not after immune effector cells (the HLH-94/HLH-2004 protocols)`,
        requires: [CHILD, NOT_AFTER_IMMUNE_EFFECTOR_CELLS],
      },
      summary: "Dexamethasone is part of the backbone of the HLH-94/HLH-2004 treatment protocols, together with etoposide (and ciclosporin in HLH-2004).",
      sources: ["henter-2007"],
    },
    {
      pattern: "hlh",
      tier: "guideline",
      direction: "uncertain",
      indication: { words: "HLH in adults, not after immune effector cells (La Rosée 2019: the paediatric protocols, tailored — expert opinion)", requires: [ADULT, NOT_AFTER_IMMUNE_EFFECTOR_CELLS] },
      summary:
        "Adults: the Histiocyte Society working group (La Rosée 2019) gives expert opinion, not trial evidence; it warns that the HLH-94/2004 protocols (etoposide, dexamethasone, ciclosporin) may overtreat adults and asks for reduced intensity and tailored duration.",
      sources: ["la-rosee-2019"],
    },
    {
      pattern: "mas",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
      summary:
        "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends high-dose glucocorticoids (recommendations agreed by over 80 % of the task force; the evidence is mostly cohorts, not randomised trials). The 2025 emapalumab approval is for patients who respond inadequately to them or cannot tolerate them.",
      sources: ["fautrel-2024", "fda-emapalumab-mas-2025"],
    },
    {
      pattern: "covid-19",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "COVID-19 needing supplemental oxygen or ventilation (WHO 2020: severe or critical COVID-19; RECOVERY)", requires: [NEEDS_OXYGEN] },
      summary:
        "WHO living guideline (from Sept 2020): a strong recommendation for systemic corticosteroids in severe and critical COVID-19. RECOVERY, the trial behind it: dexamethasone lowered 28-day mortality in patients on oxygen or invasive ventilation.",
      sources: ["who-covid-drugs-2020", "recovery-dexamethasone-2021"],
    },
    {
      pattern: "covid-19",
      tier: "clinical studies",
      direction: "no benefit",
      indication: { words: "COVID-19 without supplemental oxygen or ventilation (RECOVERY)", requires: [{ kind: "oxygen", needed: false }] },
      summary:
        "Without respiratory support, RECOVERY found no benefit from dexamethasone — the point estimate leaned towards harm — and WHO suggests not using corticosteroids in non-severe COVID-19 (conditional recommendation).",
      sources: ["recovery-dexamethasone-2021", "who-covid-drugs-2020"],
    },
    {
      pattern: "viral-hyperinflammation",
      tier: "clinical studies",
      direction: "mixed",
      indication: { words: "severe influenza (observational reports, reviewed)", requires: [] },
      summary: "Severe influenza: reviewed as controversial — no randomised evidence of benefit, and observational reports raise concern about harm.",
      sources: ["liu-2016"],
    },
    {
      pattern: "sepsis",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "adults with septic shock and an ongoing vasopressor requirement (SSC 2021, weak recommendation)", requires: [ADULT, { kind: "vasopressor" }], line: "later" },
      summary: "Surviving Sepsis Campaign 2021 suggests (weak recommendation) IV corticosteroids for adults with septic shock and an ongoing vasopressor requirement.",
      sources: ["evans-2021"],
    },
  ],
  classSources: ["liu-2016", "fajgenbaum-2020"],
  notes: [],
} as const satisfies TherapyClassEntry;
