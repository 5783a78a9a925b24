/**
 * 2016 EULAR/ACR/PRINTO classification criteria for macrophage activation syndrome in systemic
 * JIA — Ravelli A et al., Ann Rheum Dis 2016 (`ravelli-2016`), as in ../shared/clinical/INSTRUMENTS.md.
 */
import { publishedThreshold } from "../../units";
import { meets, type Threshold } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { countedCriteria, type CriterionDefinition, type Instrument } from "../instrument";
import { criterionFromJudgement, instrumentResult, sumPoints, unionOfMissing } from "../result";
import type { InstrumentResult } from "../types";

const MAS_2016_CRITERIA_NEEDED = 2;

const MAS_2016_THRESHOLDS = {
  ferritin: { path: "labs.ferritinNgPerMl", comparison: ">", value: 684, unit: "ng/mL" },
  platelets: { path: "labs.plateletsE9PerL", comparison: "<=", value: 181, unit: "×10⁹/L" },
  ast: { path: "labs.astUPerL", comparison: ">", value: 48, unit: "U/L" },
  triglycerides: { path: "labs.triglyceridesMmolPerL", comparison: ">", value: 156, unit: "mg/dL" },
  fibrinogen: { path: "labs.fibrinogenGPerL", comparison: "<=", value: 360, unit: "mg/dL" },
} as const satisfies Record<string, Threshold>;

/**
 * The criteria classify "a febrile patient" with known or suspected sJIA; the paper sets no number,
 * so crs-screen reads febrile as ≥ 38.0 °C (convention, as for ASTCT fever).
 */
const MAS_2016_FEBRILE: Threshold = { path: "vitals.temperatureMaxC", comparison: ">=", value: 38.0, unit: "°C", decimals: 1 };

/** A laboratory criterion: the named value on one side of its threshold. */
function laboratory(name: string, threshold: Threshold, notCounted?: true): CriterionDefinition {
  const criterion = { published: `${name} ${publishedThreshold(threshold)}`, fields: [threshold.path], thresholds: [{ threshold }] };
  return notCounted ? { ...criterion, published: `${criterion.published} (required)`, notCounted } : criterion;
}

const t = MAS_2016_THRESHOLDS;
const CRITERIA = {
  // The entry condition scores no point: `value` counts the four laboratory criteria.
  ferritin: laboratory("Ferritin", t.ferritin, true),
  platelets: laboratory("Platelets", t.platelets),
  ast: laboratory("AST", t.ast),
  triglycerides: laboratory("Triglycerides", t.triglycerides),
  fibrinogen: laboratory("Fibrinogen", t.fibrinogen),
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;

const LABORATORY_CRITERIA = countedCriteria(CRITERIA);
const FEBRILE = publishedThreshold(MAS_2016_FEBRILE);
const CLASSIFIED = `ferritin ${publishedThreshold(t.ferritin)} and ≥ ${MAS_2016_CRITERIA_NEEDED} of ${LABORATORY_CRITERIA} laboratory criteria`;

export function mas2016(assessment: Assessment): InstrumentResult<Criterion> {
  const ferritin = meets(assessment, t.ferritin);
  const febrile = meets(assessment, MAS_2016_FEBRILE);
  const applicable = assessment.context?.sjia === true && febrile.value !== false;
  const criteria = [
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
      source: "ravelli-2016",
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

function masApplicability(sjia: boolean, febrile: boolean | null): string {
  if (!sjia) return "Defined for known or suspected systemic JIA only; shown for teaching.";
  if (febrile === false) return `Defined for a febrile patient (${FEBRILE}, convention); this patient is afebrile — shown for teaching.`;
  return febrile ? "Febrile patient with known or suspected systemic JIA." : "Known or suspected systemic JIA; fever not recorded (the criteria classify a febrile patient).";
}

/** Ferritin above its threshold and enough of the laboratory criteria. */
function classified(ferritin: boolean | null, min: number, max: number): boolean | null {
  if (ferritin === true && min >= MAS_2016_CRITERIA_NEEDED) return true;
  if (ferritin === false || max < MAS_2016_CRITERIA_NEEDED) return false;
  return null;
}

export const MAS_2016 = {
  id: "mas-2016",
  name: "MAS in sJIA — 2016 classification criteria (Ravelli 2016)",
  shortName: "MAS-2016",
  threshold: CLASSIFIED,
  source: "ravelli-2016",
  criteria: CRITERIA,
  applicabilityThresholds: [{ threshold: MAS_2016_FEBRILE }],
  about: {
    introduction: "EULAR/ACR/PRINTO classification criteria for macrophage activation syndrome complicating systemic juvenile idiopathic arthritis.",
    derivation: "Built by international expert consensus (Delphi and nominal group) and tested on patient profiles of MAS versus active sJIA or systemic infection.",
    interpretation: `A febrile patient with known or suspected sJIA is classified as having MAS with ferritin ${publishedThreshold(t.ferritin)} and any ${MAS_2016_CRITERIA_NEEDED} of the ${LABORATORY_CRITERIA} laboratory criteria.`,
    conventions: [
      `\`value\` counts the ${LABORATORY_CRITERIA} laboratory criteria; ferritin is the entry condition.`,
      `The criteria classify a febrile patient; the paper sets no number, so crs-screen reads febrile as ${FEBRILE} and treats an afebrile patient as outside the criteria (shown for teaching).`,
    ],
  },
  pattern: "mas",
  scale: { kind: "count", of: LABORATORY_CRITERIA },
  score: mas2016,
} as const satisfies Instrument<"mas-2016", Criterion>;
