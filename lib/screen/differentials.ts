/**
 * The differentials to keep in mind — prompts, not conclusions (`fajgenbaum-2020` for the overview,
 * qSOFA from `seymour-2016`). Each rule is data: when it fires, and what it says.
 */
import type { Assessment } from "../assessment/schema";
import type { SourceKey } from "../sources/registry";
import type { InstrumentId, InstrumentResult } from "../scores/types";

/** A differential shown for this assessment (its title, text and sources: DIFFERENTIAL_RULES). */
export interface Differential {
  readonly id: string;
  /** Why it is shown for this assessment. */
  readonly because: string;
}

type Results = Readonly<Record<InstrumentId, InstrumentResult>>;

interface DifferentialRule {
  readonly id: string;
  readonly title: string;
  readonly text: string;
  readonly sources: readonly SourceKey[];
  /** The reason it applies, or null. */
  readonly when: (assessment: Assessment, results: Results) => string | null;
}

export const DIFFERENTIAL_RULES: readonly DifferentialRule[] = [
  {
    id: "sepsis",
    title: "Sepsis",
    text: "Sepsis mimics cytokine storm and coexists with it (and infection is a common trigger): a sepsis work-up belongs beside any cytokine-storm screening.",
    sources: ["singer-2016", "seymour-2016", "fajgenbaum-2020"],
    when: (a, r) => {
      if (r.qsofa.meetsThreshold === true) return `qSOFA ${r.qsofa.min} of 3 (≥ 2 prompts a sepsis work-up).`;
      if (a.context?.setting === "suspected-sepsis") return "The setting is suspected sepsis.";
      if (r.qsofa.meetsThreshold === null) return `qSOFA is incomplete (${r.qsofa.min}–${r.qsofa.max} of 3).`;
      return null;
    },
  },
  {
    id: "hlh-mas",
    title: "Haemophagocytic syndromes (HLH / MAS)",
    text: "Persisting fever with cytopenias, rising ferritin, falling fibrinogen and organomegaly point towards haemophagocytic lymphohistiocytosis or, in rheumatic disease, macrophage activation syndrome — including after immune effector cell therapy.",
    sources: ["fajgenbaum-2020", "henter-2007", "fardet-2014"],
    when: (_a, r) =>
      [r.hscore, r["hlh-2004"], r["mas-2016"]].some((x) => x.applicable && x.meetsThreshold === true) ? "An applicable HLH or MAS instrument meets its threshold." : null,
  },
  {
    id: "dic",
    title: "Disseminated intravascular coagulation",
    text: "Overt DIC is a consequence with its own cause to look for (sepsis, malignancy, trauma, obstetric causes) and its own management.",
    sources: ["taylor-2001"],
    when: (_a, r) => (r["isth-dic"].meetsThreshold === true ? `ISTH overt DIC score ${r["isth-dic"].min} (≥ 5).` : null),
  },
  {
    id: "icans",
    title: "Neurotoxicity (ICANS) and its mimics",
    text:
      "Neurological signs after immune effector cell therapy are graded separately from CRS (ICANS) and may occur with or without it. " +
      "Mimics to exclude: sedating medication or any other cause of depressed consciousness (ASTCT counts depressed consciousness only when nothing else explains it); " +
      "non-convulsive seizures (ASCO 2021: EEG for unexplained altered mental status); severe hyponatraemia (ASCO 2021: monitor and correct); " +
      "and what brain imaging and lumbar puncture show (ASCO 2021 work-up). ASCO 2021 manages ICANS with corticosteroids and supportive care; IL-6 blockade appears there only for concurrent CRS.",
    sources: ["lee-2019", "santomasso-2021"],
    when: (a, r) =>
      a.context?.setting === "immune-effector-cell-therapy" && r["astct-icans"].meetsThreshold === true
        ? `ICANS grade ${r["astct-icans"].value ?? `${r["astct-icans"].min}–${r["astct-icans"].max}`}.`
        : null,
  },
  {
    id: "iec-hs",
    title: "IEC-HS: HLH-like syndrome after immune effector cells",
    text:
      "An ASTCT consensus (Hines 2023) names the HLH-like toxicity after immune effector cell therapy “immune effector cell-associated HLH-like syndrome” (IEC-HS), " +
      "notes that these toxicities are often not as directly tied to CRS or its severity as first described, and gives its own framework and grading. " +
      "Its criteria and grades could not be read for crs-screen, so none are applied here. HScore and HLH-2004 were not derived after immune effector cell therapy: " +
      "read their results here as HLH-like features, not as a classification.",
    sources: ["hines-2023", "fardet-2014", "henter-2007"],
    when: (a, r) => {
      if (a.context?.setting !== "immune-effector-cell-therapy") return null;
      const met = [r.hscore, r["hlh-2004"]].filter((x) => x.meetsThreshold === true);
      if (met.length === 0) return null;
      return `After immune effector cell therapy, ${met.map(hlhLikeFinding).join(" and ")}.`;
    },
  },
];

/** "HScore 201 (≥ 169)", "HLH-2004 5 of 8 criteria (≥ 5)": what an HLH instrument found, in a few words. */
function hlhLikeFinding(r: InstrumentResult): string {
  return r.id === "hscore" ? `HScore ${r.min} (≥ 169)` : `HLH-2004 ${r.min} of 8 criteria (≥ 5, or a molecular diagnosis)`;
}

export function differentials(assessment: Assessment, results: Results): Differential[] {
  const shown: Differential[] = [];
  for (const rule of DIFFERENTIAL_RULES) {
    const because = rule.when(assessment, results);
    if (because !== null) shown.push({ id: rule.id, because });
  }
  return shown;
}

/** Where two instruments for the same syndrome disagree, say so (e.g. HScore ≥ 169 but HLH-2004 < 5). */
export function disagreements(results: Results): string[] {
  const out: string[] = [];
  const h = results.hscore;
  const hlh = results["hlh-2004"];
  if (h.meetsThreshold === true && hlh.meetsThreshold === false) {
    out.push(`HScore ${h.min} meets ≥ 169 but HLH-2004 has ${hlh.min} of 8 criteria (< 5): the instruments disagree — HScore weighs laboratory degree, HLH-2004 counts criteria.`);
  }
  if (h.meetsThreshold === false && hlh.meetsThreshold === true) {
    out.push(`HLH-2004 criteria are met but HScore ${h.max} is below 169: the instruments disagree.`);
  }
  return out;
}
