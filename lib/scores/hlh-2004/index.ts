/**
 * HLH-2004 diagnostic criteria — Henter JI et al., Pediatr Blood Cancer 2007 (`henter-2007`), as in
 * ../shared/clinical/INSTRUMENTS.md: a molecular diagnosis, or enough of the clinical criteria.
 */
import { cytopeniaCount } from "../../assessment/derived";
import { allOf, anyOf, open, settled, type Judgement } from "../../assessment/judgement";
import { meets, readFinding, readValue, type Threshold } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { fromCanonical, publishedFigure, toCanonical, withPublishedUnit, publishedThreshold } from "../../units";
import { countedCriteria, type CriterionDefinition, type Instrument } from "../instrument";
import { criterionFromJudgement, instrumentResult, sumPoints, unionOfMissing } from "../result";
import type { InstrumentResult } from "../types";

const HLH_2004_CRITERIA_NEEDED = 5;

/** Cytopenias count as one criterion when at least this many lineages are low. */
const HLH_2004_CYTOPENIC_LINEAGES_NEEDED = 2;

const HLH_2004_THRESHOLDS = {
  /** The paper gives no number; this is the convention of later HLH guidance. */
  fever: { path: "vitals.temperatureMaxC", comparison: ">=", value: 38.5, unit: "°C" },
  hemoglobin: { path: "labs.hemoglobinGPerDl", comparison: "<", value: 90, unit: "g/L" },
  /** Infants (INFANT_AGE_WEEKS). */
  hemoglobinInfant: { path: "labs.hemoglobinGPerDl", comparison: "<", value: 100, unit: "g/L" },
  platelets: { path: "labs.plateletsE9PerL", comparison: "<", value: 100, unit: "×10⁹/L" },
  neutrophils: { path: "labs.neutrophilsE9PerL", comparison: "<", value: 1.0, unit: "×10⁹/L", decimals: 1 },
  /** Both published triglyceride figures count: they are not equal once converted. */
  triglyceridesMmol: { path: "labs.triglyceridesMmolPerL", comparison: ">=", value: 3.0, unit: "mmol/L", decimals: 1 },
  triglyceridesMg: { path: "labs.triglyceridesMmolPerL", comparison: ">=", value: 265, unit: "mg/dL" },
  fibrinogen: { path: "labs.fibrinogenGPerL", comparison: "<=", value: 1.5, unit: "g/L" },
  ferritin: { path: "labs.ferritinNgPerMl", comparison: ">=", value: 500, unit: "ng/mL" },
  solubleCd25: { path: "labs.solubleCd25UPerMl", comparison: ">=", value: 2400, unit: "U/mL" },
} as const satisfies Record<string, Threshold>;

/** "Infants < 4 weeks", as published. */
const INFANT_AGE_WEEKS = 4;
/** The contract's age is in years of this many days (convention). */
const DAYS_PER_YEAR = 365.25;
/** "< 4 weeks" as age in years (convention: 28 days of 365.25-day years). */
const INFANT_AGE_YEARS = (INFANT_AGE_WEEKS * 7) / DAYS_PER_YEAR;

const INFANTS = `infants < ${INFANT_AGE_WEEKS} weeks`;

const t = HLH_2004_THRESHOLDS;

/** The three lineages, as the paper names them; Hb has a second threshold for infants. */
const LINEAGES = [t.hemoglobin, t.platelets, t.neutrophils] as const;

/** Each lineage with its threshold; Hb names whom its second threshold is for. */
const CYTOPENIAS = `Cytopenias in ≥ ${HLH_2004_CYTOPENIC_LINEAGES_NEEDED} of ${LINEAGES.length} lineages: Hb ${publishedThreshold(t.hemoglobin)} (${INFANTS}: ${publishedThreshold(t.hemoglobinInfant)}), platelets ${publishedThreshold(t.platelets)}, neutrophils ${publishedThreshold(t.neutrophils)}`;

/** 265 mg/dL in mmol/L, to show that the two published triglyceride figures differ. */
const TRIGLYCERIDES_MG_IN_MMOL = fromCanonical("triglycerides", "mmol/L", toCanonical("triglycerides", "mg/dL", t.triglyceridesMg.value)).toFixed(3);

/** A criterion read from one published threshold. */
function laboratory(published: string, threshold: Threshold): CriterionDefinition {
  return { published, fields: [threshold.path], thresholds: [{ threshold }] };
}

const CRITERIA = {
  fever: laboratory(`Fever ${publishedThreshold(t.fever)} (convention; the paper gives no number)`, t.fever),
  splenomegaly: { published: "Splenomegaly", fields: ["findings.splenomegaly"], thresholds: [] },
  cytopenias: {
    published: CYTOPENIAS,
    fields: ["labs.hemoglobinGPerDl", "labs.plateletsE9PerL", "labs.neutrophilsE9PerL", "context.ageYears"],
    thresholds: [{ threshold: t.hemoglobin }, { threshold: t.hemoglobinInfant, qualifier: INFANTS }, { threshold: t.platelets }, { threshold: t.neutrophils }],
  },
  "triglycerides-or-fibrinogen": {
    published: `Hypertriglyceridaemia (fasting ${publishedThreshold(t.triglyceridesMmol)}, i.e. ${publishedThreshold(t.triglyceridesMg)}) and/or hypofibrinogenaemia (${publishedThreshold(t.fibrinogen)})`,
    fields: ["labs.triglyceridesMmolPerL", "labs.fibrinogenGPerL"],
    thresholds: [{ threshold: t.triglyceridesMmol }, { threshold: t.triglyceridesMg }, { threshold: t.fibrinogen }],
  },
  hemophagocytosis: {
    published: "Haemophagocytosis in bone marrow, spleen or lymph nodes (no evidence of malignancy)",
    fields: ["pathology.hemophagocytosisBoneMarrow", "pathology.hemophagocytosisSpleenOrLymphNode"],
    thresholds: [],
  },
  "nk-activity": { published: "Low or absent NK-cell activity", fields: ["pathology.nkActivityLowOrAbsent"], thresholds: [] },
  ferritin: laboratory(`Ferritin ${publishedThreshold(t.ferritin)}`, t.ferritin),
  "soluble-cd25": laboratory(`Soluble CD25 (sIL-2 receptor) ${publishedThreshold(t.solubleCd25)}`, t.solubleCd25),
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;

const CLINICAL_CRITERIA = countedCriteria(CRITERIA);

function infant(assessment: Assessment): Judgement {
  const age = readValue(assessment, "context.ageYears");
  return age === undefined ? open("context.ageYears") : settled(age < INFANT_AGE_YEARS);
}

function cytopenias(assessment: Assessment): Judgement {
  const hemoglobin = anyOf(meets(assessment, t.hemoglobin), allOf(infant(assessment), meets(assessment, t.hemoglobinInfant)));
  const count = cytopeniaCount([hemoglobin, meets(assessment, t.platelets), meets(assessment, t.neutrophils)]);
  if (count.min >= HLH_2004_CYTOPENIC_LINEAGES_NEEDED) return settled(true);
  if (count.max < HLH_2004_CYTOPENIC_LINEAGES_NEEDED) return settled(false);
  return open(...count.missing);
}

export function hlh2004(assessment: Assessment): InstrumentResult<Criterion> {
  const molecular = readFinding(assessment, "context.hlhMolecularDiagnosis");
  const criteria = [
    criterionFromJudgement("fever", meets(assessment, t.fever)),
    criterionFromJudgement("splenomegaly", readFinding(assessment, "findings.splenomegaly")),
    criterionFromJudgement("cytopenias", cytopenias(assessment)),
    criterionFromJudgement(
      "triglycerides-or-fibrinogen",
      anyOf(meets(assessment, t.triglyceridesMmol), meets(assessment, t.triglyceridesMg), meets(assessment, t.fibrinogen)),
    ),
    criterionFromJudgement(
      "hemophagocytosis",
      anyOf(readFinding(assessment, "pathology.hemophagocytosisBoneMarrow"), readFinding(assessment, "pathology.hemophagocytosisSpleenOrLymphNode")),
    ),
    criterionFromJudgement("nk-activity", readFinding(assessment, "pathology.nkActivityLowOrAbsent")),
    criterionFromJudgement("ferritin", meets(assessment, t.ferritin)),
    criterionFromJudgement("soluble-cd25", meets(assessment, t.solubleCd25)),
  ];
  const meetsThreshold = (min: number, max: number): boolean | null => {
    if (molecular.value === true || min >= HLH_2004_CRITERIA_NEEDED) return true;
    if (molecular.value === false && max < HLH_2004_CRITERIA_NEEDED) return false;
    return null;
  };
  const { min, max } = sumPoints(criteria);
  const threshold = meetsThreshold(min, max);
  // The molecular-diagnosis field settles the verdict only while the count leaves it open.
  const molecularMatters = threshold === null && molecular.value === null;
  return instrumentResult(
    {
      id: "hlh-2004",
      source: "henter-2007",
      applicable: true,
      applicability: "Children and adults.",
      notes: molecular.value === true ? ["Molecular diagnosis consistent with HLH (criterion A, HLH-2004 Table I): the criteria are met on that alone."] : [],
    },
    criteria,
    min,
    max,
    threshold,
    unionOfMissing(criteria, molecularMatters ? molecular.missing : []),
  );
}

export const HLH_2004 = {
  id: "hlh-2004",
  name: "HLH-2004 diagnostic criteria (Henter 2007)",
  shortName: "HLH-2004",
  threshold: `≥ ${HLH_2004_CRITERIA_NEEDED} of ${CLINICAL_CRITERIA} criteria, or a molecular diagnosis consistent with HLH`,
  thresholdValue: HLH_2004_CRITERIA_NEEDED,
  source: "henter-2007",
  criteria: CRITERIA,
  about: {
    introduction: "The Histiocyte Society's diagnostic criteria for haemophagocytic lymphohistiocytosis.",
    derivation: "Written for the HLH-2004 treatment study in children by expert consensus; widely applied to adults, where its sensitivity is lower than the HScore's.",
    interpretation: `A molecular diagnosis consistent with HLH (criterion A, Table I), or at least ${HLH_2004_CRITERIA_NEEDED} of the ${CLINICAL_CRITERIA} clinical and laboratory criteria. A family history alone is not criterion A: it was HLH-94's “familial disease”.`,
    conventions: [
      `Fever: the paper gives no number; crs-screen uses ${publishedThreshold(t.fever)}, the convention of later HLH guidance.`,
      `Triglycerides: ${publishedThreshold(t.triglyceridesMmol)} and ${publishedThreshold(t.triglyceridesMg)} are both published (${withPublishedUnit(publishedFigure(t.triglyceridesMg.value), t.triglyceridesMg.value, t.triglyceridesMg.unit)} = ${withPublishedUnit(TRIGLYCERIDES_MG_IN_MMOL, t.triglyceridesMmol.value, t.triglyceridesMmol.unit)}); a value meeting either counts.`,
      `Infants < ${INFANT_AGE_WEEKS} weeks (age < ${INFANT_AGE_WEEKS * 7}/${DAYS_PER_YEAR} years): Hb ${publishedThreshold(t.hemoglobinInfant)}.`,
    ],
  },
  pattern: "hlh",
  scale: { kind: "count", of: CLINICAL_CRITERIA },
  score: hlh2004,
} as const satisfies Instrument<"hlh-2004", Criterion>;
