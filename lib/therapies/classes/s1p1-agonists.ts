import type { TherapyClassEntry } from "../types";

export const S1P1_AGONISTS = {
  id: "s1p1-agonists",
  name: "Sphingosine-1-phosphate (S1P1) receptor agonists",
  mechanism: "Signalling through S1P1 on lung endothelium calms the endothelial cells that amplify cytokine and chemokine release and recruit innate immune cells.",
  examples: ["AAL-R (research compound)"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "viral-hyperinflammation",
      tier: "preclinical",
      direction: "favourable",
      indication: { words: "influenza in mice", requires: [] },
      summary:
        "Influenza-infected mice: the sphingosine analogue AAL-R blunted the cytokine response and improved survival, more so with oseltamivir, while virus control was kept; no human data in cytokine storm.",
      sources: ["walsh-2011", "liu-2016"],
    },
  ],
  classSources: ["liu-2016"],
  notes: [],
} as const satisfies TherapyClassEntry;
