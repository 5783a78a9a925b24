import type { TherapyClassEntry } from "../types";

export const CATECHOLAMINE_SYNTHESIS_INHIBITION = {
  id: "catecholamine-synthesis-inhibition",
  name: "Catecholamine synthesis inhibition",
  mechanism:
    "Metyrosine blocks tyrosine hydroxylase, the first and rate-limiting step in making adrenaline and noradrenaline, interrupting a loop in which immune-cell catecholamines drive further cytokine release.",
  examples: ["metyrosine"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "crs-iec",
      tier: "preclinical",
      direction: "favourable",
      indication: { words: "CRS from T cell-engaging antibodies or CAR T cells in mice", requires: [] },
      summary: "Mouse models: metyrosine reduced cytokine release and deaths from CRS triggered by T cell-engaging antibodies and CAR T cells without blunting the anti-tumour effect; no human trial.",
      sources: ["staedtke-2018"],
    },
    {
      pattern: "sepsis",
      tier: "preclinical",
      direction: "favourable",
      indication: { words: "bacterial or endotoxin (LPS) challenge in mice", requires: [] },
      summary: "Same study: catecholamine blockade protected mice from lethal cytokine release after bacterial or endotoxin (LPS) challenge; no human data.",
      sources: ["staedtke-2018"],
    },
  ],
  classSources: ["staedtke-2018"],
  notes: [],
} as const satisfies TherapyClassEntry;
