/**
 * COVID-19-associated hyperinflammatory syndrome (cHIS) — Webb BJ et al., Lancet Rheumatol 2020
 * (`webb-2020`), as in ../shared/clinical/INSTRUMENTS.md: six domains, one point each.
 */
import { allOf, anyOf, open, settled, type Judgement } from "../assessment/judgement";
import { meets, readNumber, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { settle } from "../units";
import { additiveResult, criterionFromJudgement, meetsAtLeast } from "./result";
import type { InstrumentResult } from "./types";

/** crs-screen's flag (convention): validation cohorts used ≥ 3 for mortality. */
export const CHIS_THRESHOLD = 3;
export const CHIS_NEUTROPHIL_LYMPHOCYTE_RATIO = 10;

export const CHIS_THRESHOLDS = {
  fever: { path: "vitals.temperatureMaxC", comparison: ">", value: 38.0, unit: "°C" },
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

/** Neutrophil/lymphocyte ratio; no lymphocytes with some neutrophils is infinite (criterion met). */
export function neutrophilLymphocyteRatio(neutrophils: number, lymphocytes: number): number {
  if (lymphocytes === 0) return neutrophils > 0 ? Number.POSITIVE_INFINITY : 0;
  return settle(neutrophils / lymphocytes);
}

/** NLR ≥ 10: rises with neutrophils and falls with lymphocytes, so the corners decide. */
function highRatio(assessment: Assessment): Judgement {
  const n = readNumber(assessment, "labs.neutrophilsE9PerL");
  const l = readNumber(assessment, "labs.lymphocytesE9PerL");
  const canBeTrue = neutrophilLymphocyteRatio(n.high, l.low) >= CHIS_NEUTROPHIL_LYMPHOCYTE_RATIO;
  const canBeFalse = neutrophilLymphocyteRatio(n.low, l.high) < CHIS_NEUTROPHIL_LYMPHOCYTE_RATIO;
  if (canBeTrue !== canBeFalse) return settled(canBeTrue);
  return open(...[n, l].filter((r) => !r.known).map((r) => r.path));
}

export function chis(assessment: Assessment): InstrumentResult {
  const t = CHIS_THRESHOLDS;
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
