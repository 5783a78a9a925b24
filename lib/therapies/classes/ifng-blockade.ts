import { NOT_AFTER_IMMUNE_EFFECTOR_CELLS, STILLS_DISEASE } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const IFNG_BLOCKADE = {
  id: "ifng-blockade",
  name: "IFN-γ blockade",
  mechanism: "A monoclonal antibody binds and neutralises interferon-γ, the cytokine that drives macrophage over-activation in HLH and MAS.",
  examples: ["emapalumab"],
  standardOfCare: true,
  seedClass: false,
  evidence: [
    {
      pattern: "hlh",
      tier: "approved",
      direction: "favourable",
      indication: {
        words: "primary HLH that is refractory, recurrent or progressive, or when conventional HLH therapy is not tolerated (FDA 2018)",
        requires: [
          { kind: "finding", path: "context.hlhMolecularDiagnosis", present: true },
          NOT_AFTER_IMMUNE_EFFECTOR_CELLS,
          { kind: "not-recorded", what: "whether the disease is refractory, recurrent or progressive, or conventional HLH therapy is not tolerated" },
        ],
        line: "later",
      },
      summary:
        "FDA-approved (Nov 2018) for primary HLH that is refractory, recurrent or progressive, or when conventional HLH therapy is not tolerated; based on a single-arm trial in 27 children (63 % overall response), not a randomised comparison. Reactive (secondary) HLH — what the HScore was derived for — and HLH-like toxicity after immune effector cells (IEC-HS) are outside this approval.",
      sources: ["fda-emapalumab-2018"],
    },
    {
      pattern: "mas",
      tier: "approved",
      direction: "favourable",
      indication: {
        words: "HLH/MAS in known or suspected Still's disease, including systemic JIA, with an inadequate response to or intolerance of glucocorticoids, or recurrent MAS (FDA 2025)",
        requires: [STILLS_DISEASE, { kind: "not-recorded", what: "whether glucocorticoids gave an inadequate response or were not tolerated, or MAS recurred" }],
        line: "later",
      },
      summary:
        "FDA-approved (Jun 2025) for HLH/MAS in known or suspected Still's disease, including systemic JIA, with inadequate response or intolerance to glucocorticoids, or recurrent MAS; based on pooled single-arm studies.",
      sources: ["fda-emapalumab-mas-2025"],
    },
    {
      pattern: "mas",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
      summary: "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends interferon-γ inhibitors as a class, agreed by over 80 % of the task force.",
      sources: ["fautrel-2024"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
