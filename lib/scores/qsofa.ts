/**
 * qSOFA — Seymour CW et al. and Singer M et al., JAMA 2016 (`seymour-2016`, `singer-2016`). A prompt
 * to consider sepsis, which mimics and coexists with cytokine storm — never a cytokine-storm criterion.
 * Sepsis-3 derived and validated it in adults: it applies from 18 years; under 18 it is shown for
 * teaching, marked not applicable, and prompts nothing (../shared/spec/ASSESSMENT.md, "Additions to
 * v1 (2026-12, second)").
 */
import { open, settled, type Judgement } from "../assessment/judgement";
import { meets, readChoice, readFinding, readValue, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { additiveResult, criterionFromJudgement, meetsAtLeast } from "./result";
import type { InstrumentResult } from "./types";

export const QSOFA_THRESHOLD = 2;

/** qSOFA applies from this age (Sepsis-3 derived and validated it in adults). */
export const QSOFA_MIN_AGE_YEARS = 18;

/** Said wherever a child's sepsis prompt appears (Schlapbach 2024, `schlapbach-2024`: Sepsis-3 excluded children). */
export const PAEDIATRIC_SEPSIS_CRITERIA = "Paediatric sepsis criteria differ from qSOFA (the Phoenix Sepsis Criteria, Schlapbach 2024).";

/**
 * Why qSOFA does or does not apply at this age. The contract leaves applicability open while the
 * age is unknown, but `InstrumentResult.applicable` is a boolean: an unknown age keeps qSOFA
 * applicable (as before) and the words say that it applies to adults only.
 */
export function qsofaApplicability(ageYears: number | undefined): { readonly applicable: boolean; readonly applicability: string } {
  if (ageYears === undefined) {
    return { applicable: true, applicability: `Age not recorded: qSOFA applies to adults (${QSOFA_MIN_AGE_YEARS} or over) only — a sepsis prompt, not a cytokine-storm criterion.` };
  }
  if (ageYears >= QSOFA_MIN_AGE_YEARS) return { applicable: true, applicability: "Adult: a sepsis prompt, not a cytokine-storm criterion." };
  return {
    applicable: false,
    applicability: `Derived and validated in adults (Sepsis-3): under ${QSOFA_MIN_AGE_YEARS} it does not apply and prompts nothing — shown for teaching. ${PAEDIATRIC_SEPSIS_CRITERIA}`,
  };
}

export const QSOFA_THRESHOLDS = {
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
export function alteredMentation(assessment: Assessment): Judgement {
  const finding = readFinding(assessment, "findings.alteredMentation");
  if (finding.value !== null) return finding;
  const consciousness = readChoice(assessment, "neuro.consciousness");
  if (consciousness.known && GCS_BELOW_15.has(consciousness.values[0]!)) return settled(true);
  // Recording either would settle it (a level of consciousness below voice implies GCS < 15).
  return open("findings.alteredMentation", ...(consciousness.known ? [] : ["neuro.consciousness"]));
}

export function qsofa(assessment: Assessment): InstrumentResult {
  const t = QSOFA_THRESHOLDS;
  const { applicable, applicability } = qsofaApplicability(readValue(assessment, "context.ageYears"));
  const criteria = [
    criterionFromJudgement("respiratory-rate", meets(assessment, t.respiratoryRate)),
    criterionFromJudgement("altered-mentation", alteredMentation(assessment)),
    criterionFromJudgement("systolic-bp", meets(assessment, t.systolic)),
  ];
  return additiveResult(
    {
      id: "qsofa",
      applicable,
      applicability,
      notes: [],
    },
    criteria,
    (min, max) => meetsAtLeast(min, max, QSOFA_THRESHOLD),
  );
}
