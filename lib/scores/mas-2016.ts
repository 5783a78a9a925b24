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
  const applicable = assessment.context?.sjia === true;
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
      applicability: applicable ? "Known or suspected systemic JIA (febrile patient)." : "Defined for known or suspected systemic JIA only; shown for teaching.",
      notes: [],
    },
    criteria,
    min,
    max,
    meetsThreshold,
    unionOfMissing(criteria.slice(1), ferritinMatters ? ferritin.missing : []),
  );
}

/** Ferritin > 684 ng/mL and ≥ 2 of the 4 laboratory criteria. */
function classified(ferritin: boolean | null, min: number, max: number): boolean | null {
  if (ferritin === true && min >= MAS_2016_CRITERIA_NEEDED) return true;
  if (ferritin === false || max < MAS_2016_CRITERIA_NEEDED) return false;
  return null;
}
