import { ADULT } from "../requirements";
import type { Requirement, TherapyClassEntry } from "../types";

/** The CDC case definition of MIS-C: under 21 years. */
const MIS_C_AGE = { kind: "age", below: 21 } as const satisfies Requirement;

export const IVIG = {
  id: "ivig",
  name: "Intravenous immunoglobulin (IVIG)",
  mechanism: "Pooled IgG blocks Fc receptors, neutralises antibodies and cytokines and modulates complement; hyperimmune preparations add antiviral antibody.",
  examples: ["IVIG", "hyperimmune anti-influenza IVIG"],
  standardOfCare: false,
  seedClass: true,
  evidence: [
    {
      pattern: "covid-19",
      tier: "guideline",
      direction: "favourable",
      indication: {
        words: `MIS-C — multisystem inflammation after SARS-CoV-2 in people under ${MIS_C_AGE.below} (ACR guidance); not adult COVID-19`,
        requires: [MIS_C_AGE, { kind: "not-recorded", what: "whether this is MIS-C (fever and multisystem inflammation weeks after SARS-CoV-2 infection)" }],
      },
      summary:
        `MIS-C (hyperinflammation in children after SARS-CoV-2): ACR guidance makes IVIG the first-tier immunomodulatory treatment, for patients in hospital or meeting Kawasaki disease criteria. The CDC case definition of MIS-C is under ${MIS_C_AGE.below} years; it is not a recommendation for adult COVID-19.`,
      sources: ["henderson-2021"],
    },
    {
      pattern: "viral-hyperinflammation",
      tier: "clinical studies",
      direction: "no benefit",
      indication: { words: "adults in hospital with influenza A or B (FLU-IVIG)", requires: [ADULT] },
      summary: "Hospitalised influenza A or B (FLU-IVIG RCT): hyperimmune IVIG added to standard care gave no overall clinical benefit — a negative trial.",
      sources: ["davey-2019"],
    },
    {
      pattern: "sepsis",
      tier: "clinical studies",
      direction: "no benefit",
      indication: { words: "adults with sepsis or septic shock (SSC 2021 suggests against)", requires: [ADULT] },
      summary: "Adults with sepsis or septic shock: trials have not shown benefit, and Surviving Sepsis Campaign 2021 suggests against IVIG.",
      sources: ["evans-2021"],
    },
  ],
  classSources: ["liu-2016"],
  notes: [],
} as const satisfies TherapyClassEntry;
