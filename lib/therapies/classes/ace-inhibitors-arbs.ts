import { ADULT } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const ACE_INHIBITORS_ARBS = {
  id: "ace-inhibitors-arbs",
  name: "ACE inhibitors / angiotensin receptor blockers",
  mechanism: "Lower angiotensin II formation or block its type 1 receptor, on the hypothesis that an over-active renin–angiotensin system worsens lung and vascular injury.",
  examples: ["ACE inhibitors", "angiotensin receptor blockers (ARBs)"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "covid-19",
      tier: "clinical studies",
      direction: "harm",
      indication: { words: "adults in hospital with COVID-19, mostly critically ill (REMAP-CAP)", requires: [ADULT] },
      summary:
        "REMAP-CAP RCT: starting an ACE inhibitor or ARB in hospitalised, mostly critically ill COVID-19 patients did not help and was stopped early — about 95 % probability of harm on organ support-free days.",
      sources: ["lawler-2023"],
    },
  ],
  classSources: [],
  notes: [],
} as const satisfies TherapyClassEntry;
