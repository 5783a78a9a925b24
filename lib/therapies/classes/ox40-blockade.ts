import type { TherapyClassEntry } from "../types";

export const OX40_BLOCKADE = {
  id: "ox40-blockade",
  name: "OX40 blockade (OX40 mAb / OX40-Ig)",
  mechanism: "OX40 is a co-stimulatory receptor that appears only on recently activated T cells; blocking it damps those effector T cells while leaving naive ones alone.",
  examples: ["anti-OX40 monoclonal antibody", "OX40-Ig fusion protein"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "viral-hyperinflammation",
      tier: "preclinical",
      direction: "favourable",
      indication: { words: "influenza in mice", requires: [] },
      summary: "Reviewed mouse work: blocking OX40 reduced influenza lung immunopathology and weight loss while the virus was still cleared; no human trials.",
      sources: ["hussell-2004"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
