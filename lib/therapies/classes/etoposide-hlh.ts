import { ADULT, CHILD, NOT_AFTER_IMMUNE_EFFECTOR_CELLS } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const ETOPOSIDE_HLH = {
  id: "etoposide-hlh",
  name: "Etoposide-based HLH therapy",
  mechanism: "A cytotoxic topoisomerase II inhibitor that removes the over-activated T cells and macrophages sustaining HLH; given within a protocol with dexamethasone.",
  examples: ["etoposide"],
  standardOfCare: true,
  seedClass: false,
  evidence: [
    {
      pattern: "hlh",
      tier: "guideline",
      direction: "favourable",
      indication: {
        words: `HLH under ${CHILD.below} years, not after immune effector cells (HLH-94/HLH-2004 induction)`,
        requires: [CHILD, NOT_AFTER_IMMUNE_EFFECTOR_CELLS],
      },
      summary:
        "Etoposide with dexamethasone (plus ciclosporin in HLH-2004) is the HLH-94/2004 induction protocol; stem-cell transplantation is advised for familial, persistent or reactivated disease.",
      sources: ["henter-2007"],
    },
    {
      pattern: "hlh",
      tier: "guideline",
      direction: "uncertain",
      indication: { words: "HLH in adults, not after immune effector cells (La Rosée 2019: the paediatric protocols, tailored — expert opinion)", requires: [ADULT, NOT_AFTER_IMMUNE_EFFECTOR_CELLS] },
      summary:
        "Adults: the Histiocyte Society working group's recommendations for adult HLH (La Rosée 2019) are expert opinion, not trial evidence; they warn that the paediatric protocols may overtreat adults and ask that intensity and duration be tailored.",
      sources: ["la-rosee-2019"],
    },
  ],
  classSources: [],
  notes: ["After immune effector cells, HLH-like toxicity (IEC-HS) is outside the HLH-94/2004 protocols these lines describe; the IEC-HS consensus (Hines 2023) was not read here."],
} as const satisfies TherapyClassEntry;
