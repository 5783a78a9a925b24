/**
 * The "clinical studies" lines here restate shared/THERAPIES.md; fajgenbaum-2020 is cited as the
 * overview that reviews these agents — its full text was not available here to re-check each line.
 */
import { ADULT, NEEDS_OXYGEN } from "../requirements";
import type { TherapyClassEntry } from "../types";

export const JAK_STAT_INHIBITORS = {
  id: "jak-stat-inhibitors",
  name: "JAK inhibition (cytokine signal transduction / JAK–STAT inhibitors)",
  mechanism: "Small molecules block Janus kinases inside the cell, so many cytokine receptors (IFN-γ, IL-6 and others) cannot pass their signal on through STAT proteins.",
  examples: ["baricitinib", "ruxolitinib"],
  standardOfCare: true,
  seedClass: true,
  evidence: [
    {
      pattern: "covid-19",
      tier: "approved",
      direction: "favourable",
      indication: {
        words: "hospitalised adults with COVID-19 needing supplemental oxygen, non-invasive or invasive ventilation, or ECMO (FDA 2022)",
        requires: [ADULT, NEEDS_OXYGEN],
        line: "later",
      },
      summary:
        "Baricitinib: FDA-approved (May 2022) for hospitalised adults with COVID-19 needing oxygen, ventilation or ECMO. In COV-BARRIER it was added to standard care that included systemic corticosteroids; the primary outcome (progression or death) did not differ significantly, but 28-day all-cause mortality was lower.",
      sources: ["fda-baricitinib-covid-2022", "marconi-2021"],
    },
    {
      pattern: "hlh",
      tier: "clinical studies",
      direction: "uncertain",
      indication: { words: "refractory or secondary HLH (small uncontrolled studies)", requires: [] },
      summary: "Ruxolitinib: reported in refractory and secondary HLH in small uncontrolled studies; not approved for HLH.",
      sources: ["fajgenbaum-2020"],
    },
    {
      pattern: "crs-iec",
      tier: "clinical studies",
      direction: "uncertain",
      indication: { words: "steroid-refractory CRS (case series)", requires: [{ kind: "not-recorded", what: "whether the CRS is refractory to corticosteroids" }], line: "later" },
      summary: "Ruxolitinib: reported in steroid-refractory CRS in case series only; not approved for CRS.",
      sources: ["fajgenbaum-2020"],
    },
  ],
  classSources: ["fajgenbaum-2020"],
  notes: [],
} as const satisfies TherapyClassEntry;
