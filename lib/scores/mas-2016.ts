/**
 * 2016 EULAR/ACR/PRINTO classification criteria for macrophage activation syndrome in systemic
 * JIA — Ravelli A et al., Ann Rheum Dis 2016 (`ravelli-2016`), as in ../shared/clinical/INSTRUMENTS.md.
 */
import { meets, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { additiveResult, criterionFromJudgement } from "./result";
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
    criterionFromJudgement("ferritin", "Ferritin > 684 ng/mL (required)", ferritin, 0),
    criterionFromJudgement("platelets", "Platelets ≤ 181 ×10⁹/L", meets(assessment, t.platelets)),
    criterionFromJudgement("ast", "AST > 48 U/L", meets(assessment, t.ast)),
    criterionFromJudgement("triglycerides", "Triglycerides > 156 mg/dL", meets(assessment, t.triglycerides)),
    criterionFromJudgement("fibrinogen", "Fibrinogen ≤ 360 mg/dL", meets(assessment, t.fibrinogen)),
  ];
  const result = additiveResult(
    {
      id: "mas-2016",
      name: "MAS in sJIA — 2016 classification criteria (Ravelli 2016)",
      threshold: `ferritin > 684 ng/mL and ≥ ${MAS_2016_CRITERIA_NEEDED} of 4 laboratory criteria`,
      applicable,
      applicability: applicable
        ? "Known or suspected systemic JIA: the criteria apply to a febrile patient."
        : "Defined for known or suspected systemic JIA only: shown for teaching.",
      source: "ravelli-2016",
      notes: ["The classification applies to a febrile patient with known or suspected systemic JIA."],
    },
    criteria,
    (min, max) => {
      if (ferritin.value === true && min >= MAS_2016_CRITERIA_NEEDED) return true;
      if (ferritin.value === false || max < MAS_2016_CRITERIA_NEEDED) return false;
      return null;
    },
  );
  // Ferritin narrows no count, but settles the verdict; list it only while it can.
  const ferritinMatters = result.meetsThreshold === null && ferritin.value === null;
  return { ...result, missing: result.missing.filter((p) => ferritinMatters || p !== t.ferritin.path || result.criteria.slice(1).some((c) => c.missingFields.includes(p))) };
}
