import { ADULT } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const ANTIOXIDANTS = {
  id: "antioxidants",
  name: "Antioxidants (N-acetylcysteine)",
  mechanism: "Replenishes glutathione and scavenges reactive oxygen species, aiming to break the oxidant stress that sustains inflammatory signalling.",
  examples: ["N-acetylcysteine"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "covid-19",
      tier: "clinical studies",
      direction: "no benefit",
      indication: { words: "adults with severe COVID-19 (one randomised trial)", requires: [ADULT] },
      summary: "Severe COVID-19: a double-blind randomised trial (135 patients) found no reduction in mechanical ventilation, ICU admission or death — a negative trial.",
      sources: ["de-alencar-2021"],
    },
  ],
  classSources: ["liu-2016"],
  notes: [],
} as const satisfies TherapyClassEntry;
