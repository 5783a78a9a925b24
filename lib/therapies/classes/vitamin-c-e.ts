import { ADULT } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const VITAMIN_C_E = {
  id: "vitamin-c-e",
  name: "Free-radical scavengers (vitamin C, vitamin E)",
  mechanism: "Water-soluble (C) and lipid-soluble (E) antioxidants meant to mop up reactive oxygen species released by activated phagocytes.",
  examples: ["vitamin C (ascorbic acid)", "vitamin E (tocopherol)"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "sepsis",
      tier: "clinical studies",
      direction: "harm",
      indication: { words: "adults with sepsis on vasopressors in intensive care (LOVIT)", requires: [ADULT, { kind: "vasopressor" }] },
      summary:
        "LOVIT RCT: IV vitamin C in vasopressor-dependent sepsis increased death or persistent organ dysfunction at day 28 (44.5 % vs 38.5 %) — a harm signal; Surviving Sepsis 2021 already suggested against it.",
      sources: ["lamontagne-2022", "evans-2021"],
    },
  ],
  classSources: [],
  notes: ["No source for vitamin E in cytokine storm was found; it is listed only because the seed text names it."],
} as const satisfies TherapyClassEntry;
