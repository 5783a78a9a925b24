import type { TherapyClassEntry } from "../types";

export const PPAR_AGONISTS = {
  id: "ppar-agonists",
  name: "PPAR agonists",
  mechanism: "Activating the nuclear receptors PPAR-α or PPAR-γ switches down NF-κB-driven production of inflammatory cytokines.",
  examples: ["gemfibrozil", "pioglitazone"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "viral-hyperinflammation",
      tier: "preclinical",
      direction: "favourable",
      indication: { words: "influenza in mice", requires: [] },
      summary: "Gemfibrozil, started after mice were already ill with influenza, raised survival from about a quarter to about a half; no human trial in cytokine storm.",
      sources: ["budd-2007", "liu-2016"],
    },
  ],
  classSources: ["liu-2016"],
  notes: [],
} as const satisfies TherapyClassEntry;
