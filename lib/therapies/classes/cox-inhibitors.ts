import { ADULT } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const COX_INHIBITORS = {
  id: "cox-inhibitors",
  name: "Cyclooxygenase (COX-2) inhibitors",
  mechanism: "Blocking cyclooxygenase, especially the inducible COX-2, lowers prostaglandins that feed inflammation and fever.",
  examples: ["celecoxib", "mesalazine (in combination)", "naproxen (non-selective)"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "viral-hyperinflammation",
      tier: "preclinical",
      direction: "favourable",
      indication: { words: "H5N1 influenza in mice", requires: [] },
      summary: "H5N1-infected mice: zanamivir plus celecoxib plus mesalazine, started 48 h after infection, improved survival over zanamivir alone; each agent alone did not.",
      sources: ["zheng-2008", "liu-2016"],
    },
    {
      pattern: "viral-hyperinflammation",
      tier: "clinical studies",
      direction: "uncertain",
      indication: { words: "adults in hospital with H3N2 influenza (one open-label trial, as one of three drugs)", requires: [ADULT] },
      summary:
        "Naproxen was one of three drugs (with clarithromycin and oseltamivir) in a regimen that lowered mortality in a single open-label H3N2 influenza trial; its own share of the effect cannot be separated.",
      sources: ["hung-2017"],
    },
  ],
  classSources: ["liu-2016"],
  notes: [],
} as const satisfies TherapyClassEntry;
