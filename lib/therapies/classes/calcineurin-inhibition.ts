import { CHILD, NOT_AFTER_IMMUNE_EFFECTOR_CELLS, STILLS_DISEASE } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const CALCINEURIN_INHIBITION = {
  id: "calcineurin-inhibition",
  name: "Calcineurin inhibition",
  mechanism: "Blocks calcineurin inside T cells, so the transcription factor NFAT cannot switch on IL-2 and other T-cell cytokines that keep macrophages activated.",
  examples: ["ciclosporin"],
  standardOfCare: true,
  seedClass: false,
  evidence: [
    {
      pattern: "mas",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
      summary:
        "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends ciclosporin, agreed by over 80 % of the task force; in the studies reviewed it was often given with glucocorticoids and/or anakinra.",
      sources: ["fautrel-2024"],
    },
    {
      pattern: "hlh",
      tier: "guideline",
      direction: "mixed",
      indication: {
        words: `HLH under ${CHILD.below} years, not after immune effector cells (HLH-94 from week 9, HLH-2004 from the start)`,
        requires: [CHILD, NOT_AFTER_IMMUNE_EFFECTOR_CELLS],
      },
      summary:
        "Part of the HLH protocols: added from week 9 in HLH-94 and given from the start in HLH-2004. Starting it upfront did not improve outcome compared with HLH-94 (Bergsten 2017).",
      sources: ["henter-2007", "bergsten-2017"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
