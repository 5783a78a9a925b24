/**
 * qSOFA — Seymour CW et al. and Singer M et al., JAMA 2016 (`seymour-2016`, `singer-2016`). A prompt
 * to consider sepsis, which mimics and coexists with cytokine storm — never a cytokine-storm criterion.
 */
import { open, settled, type Judgement } from "../assessment/judgement";
import { meets, readChoice, readFinding, readValue, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { additiveResult, criterionFromJudgement, meetsAtLeast } from "./result";
import type { InstrumentResult } from "./types";

export const QSOFA_THRESHOLD = 2;

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
  const age = readValue(assessment, "context.ageYears");
  const applicable = age === undefined || age >= 18;
  const criteria = [
    criterionFromJudgement("respiratory-rate", meets(assessment, t.respiratoryRate)),
    criterionFromJudgement("altered-mentation", alteredMentation(assessment)),
    criterionFromJudgement("systolic-bp", meets(assessment, t.systolic)),
  ];
  return additiveResult(
    {
      id: "qsofa",
      applicable,
      applicability: applicable ? "Adult: a sepsis prompt, not a cytokine-storm criterion." : "Derived in adults; under 18, shown for teaching.",
      notes: [],
    },
    criteria,
    (min, max) => meetsAtLeast(min, max, QSOFA_THRESHOLD),
  );
}
