import { ADULT } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const ANTI_TNF = {
  id: "anti-tnf",
  name: "Anti-TNF therapy",
  mechanism: "Antibodies or decoy receptors neutralise TNF-α, an early cytokine behind fever, vascular leak and cardiomyopathy.",
  examples: ["infliximab", "etanercept"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "covid-19",
      tier: "clinical studies",
      direction: "no benefit",
      indication: { words: "adults in hospital with COVID-19 pneumonia (ACTIV-1 IM)", requires: [ADULT] },
      summary:
        "COVID-19 pneumonia (ACTIV-1 IM RCT): infliximab did not shorten time to recovery, the primary outcome — a negative trial; lower 28-day mortality was a secondary finding only.",
      // shared/THERAPIES.md gives only the primary result; the paper also reports the secondary mortality finding.
      sources: ["o-halloran-2023"],
    },
    {
      pattern: "viral-hyperinflammation",
      tier: "preclinical",
      direction: "uncertain",
      indication: { words: "influenza in animals (reviewed)", requires: [] },
      summary: "Severe influenza: TNF blockade is reviewed from animal work only.",
      sources: ["liu-2016"],
    },
  ],
  classSources: ["liu-2016"],
  notes: [],
} as const satisfies TherapyClassEntry;
