import { ADULT } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const CCR_INHIBITORS = {
  id: "ccr-inhibitors",
  name: "Chemokine receptor (CCR) inhibitors",
  mechanism: "Block chemokine receptors such as CCR5 and CCR2 that steer monocytes, macrophages and T cells into inflamed tissue.",
  examples: ["leronlimab (CCR5 antibody)", "cenicriviroc (CCR2/CCR5 antagonist)"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "covid-19",
      tier: "clinical studies",
      direction: "uncertain",
      indication: { words: "critically ill adults with COVID-19 (uncontrolled series of 10)", requires: [ADULT] },
      summary: "Leronlimab: an uncontrolled compassionate-use series of 10 critically ill COVID-19 patients reported falling IL-6 and viraemia; with no control group it shows no efficacy.",
      sources: ["patterson-2021"],
    },
    {
      pattern: "covid-19",
      tier: "clinical studies",
      direction: "no benefit",
      indication: { words: "adults in hospital with COVID-19 pneumonia (ACTIV-1 IM)", requires: [ADULT] },
      summary: "Cenicriviroc: did not shorten recovery from COVID-19 pneumonia in the ACTIV-1 IM randomised trial — a negative result.",
      sources: ["o-halloran-2023"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
