/**
 * qSOFA — Seymour CW et al. and Singer M et al., JAMA 2016 (`seymour-2016`, `singer-2016`). A prompt
 * to consider sepsis, which mimics and coexists with cytokine storm — never a cytokine-storm criterion.
 * Sepsis-3 derived and validated it in adults: it applies from 18 years; under 18 it is shown for
 * teaching, marked not applicable, and prompts nothing (../shared/spec/ASSESSMENT.md, "Additions to
 * v1 (2026-12, second)").
 */
import { publishedThreshold } from "../../units";
import { open, settled, type Judgement } from "../../assessment/judgement";
import { meets, readChoice, readFinding, readValue, type Threshold } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { countedCriteria, type CriterionDefinition, type Instrument } from "../instrument";
import { additiveResult, criterionFromJudgement, meetsAtLeast } from "../result";
import type { InstrumentResult } from "../types";

const QSOFA_THRESHOLD = 2;

/** qSOFA applies from this age (Sepsis-3 derived and validated it in adults). */
export const QSOFA_MIN_AGE_YEARS = 18;

/** Said wherever a child's sepsis prompt appears (Schlapbach 2024, `schlapbach-2024`: Sepsis-3 excluded children). */
export const PAEDIATRIC_SEPSIS_CRITERIA = "Paediatric sepsis criteria differ from qSOFA (the Phoenix Sepsis Criteria, Schlapbach 2024).";

/**
 * Why qSOFA does or does not apply at this age. The contract leaves applicability open while the
 * age is unknown, but `InstrumentResult.applicable` is a boolean: an unknown age keeps qSOFA
 * applicable (as before) and the words say that it applies to adults only.
 */
function qsofaApplicability(ageYears: number | undefined): { readonly applicable: boolean; readonly applicability: string } {
  if (ageYears === undefined) {
    return { applicable: true, applicability: `Age not recorded: qSOFA applies to adults (${QSOFA_MIN_AGE_YEARS} or over) only — a sepsis prompt, not a cytokine-storm criterion.` };
  }
  if (ageYears >= QSOFA_MIN_AGE_YEARS) return { applicable: true, applicability: "Adult: a sepsis prompt, not a cytokine-storm criterion." };
  return {
    applicable: false,
    applicability: `Derived and validated in adults (Sepsis-3): under ${QSOFA_MIN_AGE_YEARS} it does not apply and prompts nothing — shown for teaching. ${PAEDIATRIC_SEPSIS_CRITERIA}`,
  };
}

const QSOFA_THRESHOLDS = {
  respiratoryRate: { path: "vitals.respiratoryRatePerMin", comparison: ">=", value: 22, unit: "/min" },
  systolic: { path: "vitals.systolicBpMmHg", comparison: "<=", value: 100, unit: "mmHg" },
} as const satisfies Record<string, Threshold>;

/** Levels of consciousness that cannot go with GCS 15 (eyes open only to voice, touch or not at all). */
const GCS_BELOW_15 = new Set(["awakens-to-voice", "awakens-to-touch", "unarousable"]);

/**
 * Altered mentation (GCS < 15): the finding when recorded; otherwise a level of consciousness
 * that implies GCS < 15. Alert or drowsy-but-awakening-spontaneously leave it open: GCS can be
 * 15 or 14 (confusion) there.
 */
function alteredMentation(assessment: Assessment): Judgement {
  const finding = readFinding(assessment, "findings.alteredMentation");
  if (finding.value !== null) return finding;
  const consciousness = readChoice(assessment, "neuro.consciousness");
  if (consciousness.known && GCS_BELOW_15.has(consciousness.values[0]!)) return settled(true);
  // Recording either would settle it (a level of consciousness below voice implies GCS < 15).
  return open("findings.alteredMentation", ...(consciousness.known ? [] : ["neuro.consciousness"]));
}

const t = QSOFA_THRESHOLDS;
const CRITERIA = {
  "respiratory-rate": { published: `Respiratory rate ${publishedThreshold(t.respiratoryRate)}`, fields: ["vitals.respiratoryRatePerMin"], thresholds: [{ threshold: t.respiratoryRate }] },
  "altered-mentation": { published: "Altered mentation (GCS < 15)", fields: ["findings.alteredMentation", "neuro.consciousness"], thresholds: [] },
  "systolic-bp": { published: `Systolic blood pressure ${publishedThreshold(t.systolic)}`, fields: ["vitals.systolicBpMmHg"], thresholds: [{ threshold: t.systolic }] },
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;
const OF = countedCriteria(CRITERIA);

export function qsofa(assessment: Assessment): InstrumentResult<Criterion> {
  const { applicable, applicability } = qsofaApplicability(readValue(assessment, "context.ageYears"));
  const criteria = [
    criterionFromJudgement("respiratory-rate", meets(assessment, t.respiratoryRate)),
    criterionFromJudgement("altered-mentation", alteredMentation(assessment)),
    criterionFromJudgement("systolic-bp", meets(assessment, t.systolic)),
  ];
  return additiveResult(
    {
      id: "qsofa",
      source: "seymour-2016",
      applicable,
      applicability,
      notes: [],
    },
    criteria,
    (min, max) => meetsAtLeast(min, max, QSOFA_THRESHOLD),
  );
}

export const QSOFA = {
  id: "qsofa",
  name: "qSOFA (Sepsis-3, 2016)",
  shortName: "qSOFA",
  threshold: `≥ ${QSOFA_THRESHOLD} of ${OF} in adults: consider sepsis`,
  thresholdValue: QSOFA_THRESHOLD,
  source: "seymour-2016",
  criteria: CRITERIA,
  about: {
    introduction: "A bedside prompt to consider sepsis in adults with suspected infection.",
    derivation: "Derived and validated in adults, in large US and German electronic-record cohorts, for the Sepsis-3 definitions (2016).",
    interpretation: `In adults (${QSOFA_MIN_AGE_YEARS} or over), ≥ ${QSOFA_THRESHOLD} prompts a sepsis work-up. Under ${QSOFA_MIN_AGE_YEARS} it does not apply: it is shown for teaching and prompts nothing, and paediatric sepsis criteria differ (the Phoenix Sepsis Criteria, Schlapbach 2024). Shown as a differential — sepsis mimics and coexists with cytokine storm — never as a cytokine-storm criterion.`,
    conventions: ["Altered mentation: the finding when recorded; otherwise a patient who awakens only to voice or touch, or not at all, counts (GCS < 15); alert or drowsy leave it open."],
  },
  pattern: "sepsis",
  scale: { kind: "points", of: OF },
  score: qsofa,
} as const satisfies Instrument<"qsofa", Criterion>;
