/**
 * COVID-19-associated hyperinflammatory syndrome (cHIS) — Webb BJ et al., Lancet Rheumatol 2020
 * (`webb-2020`), as in ../shared/clinical/INSTRUMENTS.md: six domains, one point each.
 */
import { allOf, anyOf, open, settled, type Judgement } from "../../assessment/judgement";
import { holds, meets, readNumber, type Threshold } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { settle, publishedThreshold } from "../../units";
import { countedCriteria, type CriterionDefinition, type Instrument } from "../instrument";
import { additiveResult, criterionFromJudgement, meetsAtLeast } from "../result";
import type { InstrumentResult } from "../types";

/** crs-screen's flag (convention): validation cohorts used this for mortality. */
const CHIS_THRESHOLD = 3;

/** The neutrophil/lymphocyte ratio's cut-off: a ratio of two fields, so no field path and no unit. */
const CHIS_NEUTROPHIL_LYMPHOCYTE_RATIO = { comparison: ">=", value: 10, unit: "" } as const satisfies Pick<Threshold, "comparison" | "value" | "unit">;

export const CHIS_THRESHOLDS = {
  fever: { path: "vitals.temperatureMaxC", comparison: ">", value: 38.0, unit: "°C", decimals: 1 },
  ferritin: { path: "labs.ferritinNgPerMl", comparison: ">=", value: 700, unit: "ng/mL" },
  hemoglobin: { path: "labs.hemoglobinGPerDl", comparison: "<=", value: 9.2, unit: "g/dL" },
  platelets: { path: "labs.plateletsE9PerL", comparison: "<=", value: 110, unit: "×10⁹/L" },
  dDimer: { path: "labs.dDimerNgPerMlFeu", comparison: ">=", value: 1.5, unit: "µg/mL FEU" },
  ldh: { path: "labs.ldhUPerL", comparison: ">=", value: 400, unit: "U/L" },
  ast: { path: "labs.astUPerL", comparison: ">=", value: 100, unit: "U/L" },
  il6: { path: "labs.il6PgPerMl", comparison: ">=", value: 15, unit: "pg/mL" },
  triglycerides: { path: "labs.triglyceridesMmolPerL", comparison: ">=", value: 150, unit: "mg/dL" },
  crp: { path: "labs.crpMgPerL", comparison: ">=", value: 15, unit: "mg/dL" },
} as const satisfies Record<string, Threshold>;

const t = CHIS_THRESHOLDS;
const NLR = CHIS_NEUTROPHIL_LYMPHOCYTE_RATIO;

/** A domain met by any of its markers: "Hepatic injury: LDH ≥ 400 U/L or AST ≥ 100 U/L". */
function domain(published: string, fields: CriterionDefinition["fields"], thresholds: readonly Threshold[]): CriterionDefinition {
  return { published, fields, thresholds: thresholds.map((threshold) => ({ threshold })) };
}

const CRITERIA = {
  fever: domain(`Fever: temperature ${publishedThreshold(t.fever)}`, ["vitals.temperatureMaxC"], [t.fever]),
  "macrophage-activation": domain(`Macrophage activation: ferritin ${publishedThreshold(t.ferritin)}`, ["labs.ferritinNgPerMl"], [t.ferritin]),
  "haematological-dysfunction": domain(
    `Haematological dysfunction: neutrophil/lymphocyte ratio ${publishedThreshold(NLR)}, or both Hb ${publishedThreshold(t.hemoglobin)} and platelets ${publishedThreshold(t.platelets)}`,
    ["labs.neutrophilsE9PerL", "labs.lymphocytesE9PerL", "labs.hemoglobinGPerDl", "labs.plateletsE9PerL"],
    [t.hemoglobin, t.platelets],
  ),
  coagulopathy: domain(`Coagulopathy: D-dimer ${publishedThreshold(t.dDimer)}`, ["labs.dDimerNgPerMlFeu"], [t.dDimer]),
  "hepatic-injury": domain(`Hepatic injury: LDH ${publishedThreshold(t.ldh)} or AST ${publishedThreshold(t.ast)}`, ["labs.ldhUPerL", "labs.astUPerL"], [t.ldh, t.ast]),
  cytokinaemia: domain(
    `Cytokinaemia: IL-6 ${publishedThreshold(t.il6)}, or triglycerides ${publishedThreshold(t.triglycerides)}, or CRP ${publishedThreshold(t.crp)}`,
    ["labs.il6PgPerMl", "labs.triglyceridesMmolPerL", "labs.crpMgPerL"],
    [t.il6, t.triglycerides, t.crp],
  ),
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;

const DOMAINS = countedCriteria(CRITERIA);

/** Neutrophil/lymphocyte ratio; no lymphocytes with some neutrophils is infinite (criterion met). */
function neutrophilLymphocyteRatio(neutrophils: number, lymphocytes: number): number {
  if (lymphocytes === 0) return neutrophils > 0 ? Number.POSITIVE_INFINITY : 0;
  return settle(neutrophils / lymphocytes);
}

/** A high NLR: the ratio rises with neutrophils and falls with lymphocytes, so the corners decide. */
function highRatio(assessment: Assessment): Judgement {
  const n = readNumber(assessment, "labs.neutrophilsE9PerL");
  const l = readNumber(assessment, "labs.lymphocytesE9PerL");
  const canBeTrue = holds(NLR.comparison, neutrophilLymphocyteRatio(n.high, l.low), NLR.value);
  const canBeFalse = !holds(NLR.comparison, neutrophilLymphocyteRatio(n.low, l.high), NLR.value);
  if (canBeTrue !== canBeFalse) return settled(canBeTrue);
  return open(...[n, l].filter((r) => !r.known).map((r) => r.path));
}

export function chis(assessment: Assessment): InstrumentResult<Criterion> {
  const setting = assessment.context?.setting;
  // Derived and validated in COVID-19 only (Webb 2020; ASSESSMENT.md additions, 2026-12).
  const applicable = setting === "covid-19";
  const criteria = [
    criterionFromJudgement("fever", meets(assessment, t.fever)),
    criterionFromJudgement("macrophage-activation", meets(assessment, t.ferritin)),
    criterionFromJudgement(
      "haematological-dysfunction",
      anyOf(highRatio(assessment), allOf(meets(assessment, t.hemoglobin), meets(assessment, t.platelets))),
    ),
    criterionFromJudgement("coagulopathy", meets(assessment, t.dDimer)),
    criterionFromJudgement("hepatic-injury", anyOf(meets(assessment, t.ldh), meets(assessment, t.ast))),
    criterionFromJudgement("cytokinaemia", anyOf(meets(assessment, t.il6), meets(assessment, t.triglycerides), meets(assessment, t.crp))),
  ];
  return additiveResult(
    {
      id: "chis",
      source: "webb-2020",
      applicable,
      applicability: chisApplicability(applicable, setting),
      notes: [],
    },
    criteria,
    (min, max) => meetsAtLeast(min, max, CHIS_THRESHOLD),
  );
}

/** Why cHIS does or does not apply; another virus is named, since a file from before 2026-12 may mean COVID-19 by it. */
function chisApplicability(applicable: boolean, setting: string | null | undefined): string {
  if (applicable) return "COVID-19: the disease cHIS was derived and validated in.";
  if (setting === "viral-infection") return "cHIS applies to COVID-19 only (Webb 2020); shown for teaching in another viral infection.";
  return "Derived in COVID-19; shown for teaching outside COVID-19.";
}

export const CHIS = {
  id: "chis",
  name: "cHIS — COVID-19-associated hyperinflammatory syndrome criteria (Webb 2020)",
  shortName: "cHIS",
  threshold: `≥ ${CHIS_THRESHOLD} of ${DOMAINS} criteria (crs-screen's convention)`,
  thresholdValue: CHIS_THRESHOLD,
  source: "webb-2020",
  criteria: CRITERIA,
  about: {
    introduction: "Six criteria for a hyperinflammatory syndrome in hospitalised patients with COVID-19.",
    derivation:
      "Derived in a US cohort (Intermountain) from the HLH/MAS literature and validated against in-hospital mortality and mechanical ventilation in 299 patients; the maximum daily score discriminated mortality with an AUC of 0.81.",
    interpretation:
      "Risk rose with each criterion met. Read the score itself, not only the flag. Applies in COVID-19 only: in another viral infection (influenza, EBV, …) it is shown for teaching and marked not applicable.",
    conventions: [
      // The cohorts' cut-offs are the papers' facts, not the flag: they stay in words.
      `The flag at ≥ ${CHIS_THRESHOLD} is crs-screen's convention: the derivation cohort reported worse outcomes from ≥ 2; validation cohorts used ≥ 3 for mortality and ≥ 2 for ventilation.`,
      "The thresholds are those commonly reproduced from the paper's Table 1; crs-screen could not check them against the full text (only the abstract, which confirms the six domains and their markers).",
      "No lymphocytes with neutrophils present counts as an infinite ratio (met); no neutrophils and no lymphocytes counts as a ratio of 0 (not met).",
    ],
  },
  pattern: "covid-19",
  scale: { kind: "count", of: DOMAINS },
  score: chis,
} as const satisfies Instrument<"chis", Criterion>;
