/**
 * HLH-2004 diagnostic criteria — Henter JI et al., Pediatr Blood Cancer 2007 (`henter-2007`), as in
 * ../shared/clinical/INSTRUMENTS.md: a molecular diagnosis, or ≥ 5 of 8 clinical criteria.
 */
import { cytopeniaCount } from "../assessment/derived";
import { allOf, anyOf, open, settled, type Judgement } from "../assessment/judgement";
import { meets, readFinding, readNumber, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { additiveResult, criterionFromJudgement } from "./result";
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
  const age = readNumber(assessment, "context.ageYears");
  return age.known ? settled(age.low < INFANT_AGE_YEARS) : open(age.path);
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
    criterionFromJudgement("fever", "Fever ≥ 38.5 °C (convention; the paper gives no number)", meets(assessment, t.fever)),
    criterionFromJudgement("splenomegaly", "Splenomegaly", readFinding(assessment, "findings.splenomegaly")),
    criterionFromJudgement(
      "cytopenias",
      "Cytopenias in ≥ 2 of 3 lineages: Hb < 90 g/L (infants < 4 weeks: < 100 g/L), platelets < 100 ×10⁹/L, neutrophils < 1.0 ×10⁹/L",
      cytopenias(assessment),
    ),
    criterionFromJudgement(
      "triglycerides-or-fibrinogen",
      "Hypertriglyceridaemia (fasting ≥ 3.0 mmol/L, i.e. ≥ 265 mg/dL) and/or hypofibrinogenaemia (≤ 1.5 g/L)",
      anyOf(meets(assessment, t.triglyceridesMmol), meets(assessment, t.triglyceridesMg), meets(assessment, t.fibrinogen)),
    ),
    criterionFromJudgement(
      "hemophagocytosis",
      "Haemophagocytosis in bone marrow, spleen or lymph nodes (no evidence of malignancy)",
      anyOf(readFinding(assessment, "pathology.hemophagocytosisBoneMarrow"), readFinding(assessment, "pathology.hemophagocytosisSpleenOrLymphNode")),
    ),
    criterionFromJudgement("nk-activity", "Low or absent NK-cell activity", readFinding(assessment, "pathology.nkActivityLowOrAbsent")),
    criterionFromJudgement("ferritin", "Ferritin ≥ 500 ng/mL", meets(assessment, t.ferritin)),
    criterionFromJudgement("soluble-cd25", "Soluble CD25 (sIL-2 receptor) ≥ 2400 U/mL", meets(assessment, t.solubleCd25)),
  ];
  const meetsThreshold = (min: number, max: number): boolean | null => {
    if (molecular.value === true || min >= HLH_2004_CRITERIA_NEEDED) return true;
    if (molecular.value === false && max < HLH_2004_CRITERIA_NEEDED) return false;
    return null;
  };
  const provisional = additiveResult(
    {
      id: "hlh-2004",
      name: "HLH-2004 diagnostic criteria (Henter 2007)",
      threshold: `≥ ${HLH_2004_CRITERIA_NEEDED} of 8 criteria, or a molecular diagnosis consistent with HLH`,
      applicable: true,
      applicability: "Defined for children and adults (derived in paediatric HLH; widely applied to adults).",
      source: "henter-2007",
      notes: [
        "The paper gives no fever threshold: crs-screen uses ≥ 38.5 °C, the convention of later HLH guidance.",
        "Triglycerides meet the criterion at ≥ 3.0 mmol/L or ≥ 265 mg/dL (the two published figures differ slightly; either counts).",
        molecular.value === true ? "Molecular diagnosis or family history consistent with HLH: the criteria are met on that alone." : "",
      ].filter((n) => n !== ""),
    },
    criteria,
    () => null,
  );
  const threshold = meetsThreshold(provisional.min, provisional.max);
  // The molecular-diagnosis field settles the verdict only while the count leaves it open.
  const molecularMatters = threshold === null && molecular.value === null;
  return { ...provisional, meetsThreshold: threshold, missing: [...provisional.missing, ...(molecularMatters ? molecular.missing : [])] };
}
