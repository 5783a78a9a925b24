import { ADULT } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const MACROLIDES = {
  id: "macrolides",
  name: "Macrolide antibiotics",
  mechanism: "Beyond killing bacteria, macrolides are credited with damping neutrophil activation and cytokine output — an immunomodulatory effect that trials have not consistently confirmed.",
  examples: ["clarithromycin", "azithromycin"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "viral-hyperinflammation",
      tier: "clinical studies",
      direction: "favourable",
      indication: { words: "adults in hospital with H3N2 influenza (one open-label trial, as one of three drugs)", requires: [ADULT] },
      summary:
        "H3N2 influenza: clarithromycin–naproxen–oseltamivir lowered 30- and 90-day mortality versus oseltamivir alone in one open-label, single-centre RCT of 217 mostly elderly patients; not replicated.",
      sources: ["hung-2017"],
    },
    {
      pattern: "covid-19",
      tier: "clinical studies",
      direction: "no benefit",
      indication: { words: "patients in hospital with COVID-19 (RECOVERY)", requires: [] },
      summary: "COVID-19 (RECOVERY): azithromycin did not lower 28-day mortality (22 % in both arms) — a large negative trial.",
      sources: ["recovery-azithromycin-2021"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
