/**
 * HLH-2004 diagnostic criteria — Henter JI et al., Pediatr Blood Cancer 2007 (`henter-2007`), as in
 * ../shared/clinical/INSTRUMENTS.md: a molecular diagnosis, or ≥ 5 of 8 clinical criteria.
 */
import { cytopeniaCount } from "../assessment/derived";
import { allOf, anyOf, open, settled, type Judgement } from "../assessment/judgement";
import { meets, readFinding, readValue, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, instrumentResult, sumPoints, unionOfMissing } from "./result";
import type { InstrumentResult } from "./types";

export const HLH_2004_CRITERIA_NEEDED = 5;

export const HLH_2004_THRESHOLDS = {
  /** The paper gives no number; ≥ 38.5 °C is the convention of later HLH guidance. */
  fever: { path: "vitals.temperatureMaxC", comparison: ">=", value: 38.5, unit: "°C" },
  hemoglobin: { path: "labs.hemoglobinGPerDl", comparison: "<", value: 90, unit: "g/L" },
  /** Infants < 4 weeks. */
  hemoglobinInfant: { path: "labs.hemoglobinGPerDl", comparison: "<", value: 100, unit: "g/L" },
  platelets: { path: "labs.plateletsE9PerL", comparison: "<", value: 100, unit: "×10⁹/L" },
  neutrophils: { path: "labs.neutrophilsE9PerL", comparison: "<", value: 1.0, unit: "×10⁹/L" },
  /** Both published triglyceride figures count (265 mg/dL = 2.992 mmol/L, not 3.0). */
  triglyceridesMmol: { path: "labs.triglyceridesMmolPerL", comparison: ">=", value: 3.0, unit: "mmol/L" },
  triglyceridesMg: { path: "labs.triglyceridesMmolPerL", comparison: ">=", value: 265, unit: "mg/dL" },
  fibrinogen: { path: "labs.fibrinogenGPerL", comparison: "<=", value: 1.5, unit: "g/L" },
  ferritin: { path: "labs.ferritinNgPerMl", comparison: ">=", value: 500, unit: "ng/mL" },
  solubleCd25: { path: "labs.solubleCd25UPerMl", comparison: ">=", value: 2400, unit: "U/mL" },
} as const satisfies Record<string, Threshold>;

/** "< 4 weeks" as age in years (convention: 28 days of 365.25-day years). */
export const INFANT_AGE_YEARS = 28 / 365.25;

function infant(assessment: Assessment): Judgement {
  const age = readValue(assessment, "context.ageYears");
  return age === undefined ? open("context.ageYears") : settled(age < INFANT_AGE_YEARS);
}

function cytopenias(assessment: Assessment): Judgement {
  const t = HLH_2004_THRESHOLDS;
  const hemoglobin = anyOf(meets(assessment, t.hemoglobin), allOf(infant(assessment), meets(assessment, t.hemoglobinInfant)));
  const count = cytopeniaCount([hemoglobin, meets(assessment, t.platelets), meets(assessment, t.neutrophils)]);
  if (count.min >= 2) return settled(true);
  if (count.max < 2) return settled(false);
  return open(...count.missing);
}

export function hlh2004(assessment: Assessment): InstrumentResult {
  const t = HLH_2004_THRESHOLDS;
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
