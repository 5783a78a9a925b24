/**
 * 2016 EULAR/ACR/PRINTO classification criteria for macrophage activation syndrome in systemic
 * JIA — Ravelli A et al., Ann Rheum Dis 2016 (`ravelli-2016`), as in ../shared/clinical/INSTRUMENTS.md.
 */
import { meets, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, instrumentResult, sumPoints, unionOfMissing } from "./result";
import type { InstrumentResult } from "./types";

export const MAS_2016_CRITERIA_NEEDED = 2;

export const MAS_2016_THRESHOLDS = {
  ferritin: { path: "labs.ferritinNgPerMl", comparison: ">", value: 684, unit: "ng/mL" },
  platelets: { path: "labs.plateletsE9PerL", comparison: "<=", value: 181, unit: "×10⁹/L" },
  ast: { path: "labs.astUPerL", comparison: ">", value: 48, unit: "U/L" },
  triglycerides: { path: "labs.triglyceridesMmolPerL", comparison: ">", value: 156, unit: "mg/dL" },
  fibrinogen: { path: "labs.fibrinogenGPerL", comparison: "<=", value: 360, unit: "mg/dL" },
} as const satisfies Record<string, Threshold>;

export function mas2016(assessment: Assessment): InstrumentResult {
  const t = MAS_2016_THRESHOLDS;
  const ferritin = meets(assessment, t.ferritin);
  const febrile = meets(assessment, MAS_2016_FEBRILE);
  const applicable = assessment.context?.sjia === true && febrile.value !== false;
  const criteria = [
    // The entry condition scores no point: `value` counts the four laboratory criteria.
    criterionFromJudgement("ferritin", ferritin, 0),
    criterionFromJudgement("platelets", meets(assessment, t.platelets)),
    criterionFromJudgement("ast", meets(assessment, t.ast)),
    criterionFromJudgement("triglycerides", meets(assessment, t.triglycerides)),
    criterionFromJudgement("fibrinogen", meets(assessment, t.fibrinogen)),
  ];
  const { min, max } = sumPoints(criteria);
  const meetsThreshold = classified(ferritin.value, min, max);
  // Ferritin changes no count, but settles the verdict: list it only while it can.
  const ferritinMatters = meetsThreshold === null && ferritin.value === null;
  return instrumentResult(
    {
      id: "mas-2016",
      applicable,
      applicability: masApplicability(assessment.context?.sjia === true, febrile.value),
      notes: [],
    },
    criteria,
    min,
    max,
    meetsThreshold,
    unionOfMissing(criteria.slice(1), ferritinMatters ? ferritin.missing : []),
  );
}

/**
 * The criteria classify "a febrile patient" with known or suspected sJIA; the paper sets no number,
 * so crs-screen reads febrile as ≥ 38.0 °C (convention, as for ASTCT fever).
 */
export const MAS_2016_FEBRILE: Threshold = { path: "vitals.temperatureMaxC", comparison: ">=", value: 38.0, unit: "°C" };

function masApplicability(sjia: boolean, febrile: boolean | null): string {
  if (!sjia) return "Defined for known or suspected systemic JIA only; shown for teaching.";
  if (febrile === false) return "Defined for a febrile patient (≥ 38.0 °C, convention); this patient is afebrile — shown for teaching.";
  return febrile ? "Febrile patient with known or suspected systemic JIA." : "Known or suspected systemic JIA; fever not recorded (the criteria classify a febrile patient).";
}

/** Ferritin > 684 ng/mL and ≥ 2 of the 4 laboratory criteria. */
function classified(ferritin: boolean | null, min: number, max: number): boolean | null {
  if (ferritin === true && min >= MAS_2016_CRITERIA_NEEDED) return true;
  if (ferritin === false || max < MAS_2016_CRITERIA_NEEDED) return false;
  return null;
}
