/**
 * The "clinical studies" lines here restate shared/THERAPIES.md; fajgenbaum-2020 is cited as the
 * overview that reviews these agents — its full text was not available here to re-check each line.
 */
import { STILLS_DISEASE } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const IL1_BLOCKADE = {
  id: "il1-blockade",
  name: "IL-1 blockade",
  mechanism: "Blocks the IL-1 receptor so that IL-1α and IL-1β cannot signal, damping an early amplifier of macrophage-driven inflammation.",
  examples: ["anakinra"],
  standardOfCare: true,
  seedClass: false,
  evidence: [
    {
      pattern: "crs-iec",
      tier: "clinical studies",
      direction: "uncertain",
      indication: {
        words: "CRS after immune effector cells that does not settle with IL-6 blockade and corticosteroids (case series)",
        requires: [{ kind: "not-recorded", what: "whether the CRS is refractory to IL-6 blockade and corticosteroids" }],
        line: "later",
      },
      summary: "Used off-label for CRS not settling with IL-6 blockade and steroids; evidence is case series and small cohorts, and it is not approved for CRS.",
      sources: ["fajgenbaum-2020"],
    },
    {
      pattern: "icans",
      tier: "clinical studies",
      direction: "uncertain",
      indication: {
        words: "persistent or worsening ICANS (ASCO 2021: an alternate option, limited experience)",
        requires: [{ kind: "not-recorded", what: "whether ICANS persists or worsens despite corticosteroids" }],
        line: "later",
      },
      summary:
        "ASCO 2021 names anakinra among alternate options for persistent or worsening ICANS, noting limited experience with such agents — a guideline mention, not a recommendation; not approved for ICANS.",
      sources: ["santomasso-2021"],
    },
    {
      pattern: "mas",
      tier: "guideline",
      direction: "favourable",
      indication: { words: "MAS in Still's disease, including systemic JIA (EULAR/PReS 2024)", requires: [STILLS_DISEASE] },
      summary:
        "MAS in Still's disease/sJIA: EULAR/PReS 2024 recommends IL-1 inhibitors (as a class; anakinra is the agent most used), agreed by over 80 % of the task force; the evidence under it is cohorts and case series, not randomised trials.",
      sources: ["fautrel-2024"],
    },
    {
      pattern: "hlh",
      tier: "clinical studies",
      direction: "uncertain",
      indication: { words: "secondary HLH (case series)", requires: [] },
      summary:
        "Reported in secondary HLH in case series; not approved for HLH. The adult HLH recommendations (La Rosée 2019) are expert opinion, not trial evidence.",
      sources: ["fajgenbaum-2020", "la-rosee-2019"],
    },
  ],
  classSources: ["fajgenbaum-2020"],
  notes: [],
} as const satisfies TherapyClassEntry;
