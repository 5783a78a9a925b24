import type { TherapyClassEntry } from "../types";

export const ANTIMICROBIALS_SOURCE_CONTROL = {
  id: "antimicrobials-source-control",
  name: "Antimicrobials and source control",
  mechanism: "Treats the cause rather than the host response: antimicrobials against the infecting organism, and draining or removing an infected focus.",
  examples: ["empiric broad-spectrum antimicrobials", "drainage or removal of an infected focus"],
  standardOfCare: true,
  seedClass: false,
  evidence: [
    {
      pattern: "sepsis",
      tier: "guideline",
      direction: "favourable",
      indication: {
        words: "possible septic shock or a high likelihood of sepsis (SSC 2021, written for adults; possible sepsis without shock: rapid assessment first, antimicrobials within 3 hours if infection still seems likely)",
        requires: [],
      },
      summary:
        "Surviving Sepsis Campaign 2021: for possible septic shock or a high likelihood of sepsis, antimicrobials immediately, ideally within 1 hour of recognition (strong recommendation); for possible sepsis without shock, a rapid assessment of infectious versus non-infectious causes and, if concern persists, antimicrobials within 3 hours. Source control is part of the same initial care. This comes before any immunomodulator.",
      sources: ["evans-2021"],
    },
  ],
  classSources: [],
  notes: ["SSC 2021's wording on source control was not read here; only its antimicrobial recommendations (12–15) were."],
} as const satisfies TherapyClassEntry;
