import type { TherapyClassEntry } from "../types";

export const AMPK_AGONISTS = {
  id: "ampk-agonists",
  name: "AMP-activated protein kinase (AMPK) agonists",
  mechanism: "Switching on the cell's energy sensor AMPK restrains NF-κB activation, so activated neutrophils release less TNF-α and IL-6.",
  examples: ["AICAR (research compound)", "berberine"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "sepsis",
      tier: "preclinical",
      direction: "favourable",
      indication: { words: "endotoxin (LPS) lung injury in mice", requires: [] },
      summary: "Mice: AICAR activated AMPK in the lung and lessened endotoxin (LPS)-induced lung injury and neutrophil cytokine release; no human data.",
      sources: ["zhao-2008"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
