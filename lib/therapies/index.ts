export { THERAPY_CLASSES, THERAPY_DISCLAIMER, therapyClass } from "./catalogue";
export type { TherapyClassId } from "./catalogue";
export { judgeIndication, judgeRequirement, lineStatement, matchSummary } from "./indications";
export type { CaseFacts, Verdict } from "./indications";
export { evidenceFor, matchLine, matchTherapies, matchTherapy, strongestTier, therapiesForPatterns } from "./select";
export { EVIDENCE_DIRECTIONS, EVIDENCE_TIERS, EVIDENCE_TIER_MEANINGS, PATTERNS, PATTERN_LABELS } from "./types";
export type { EvidenceDirection, EvidenceLine, EvidenceTier, Indication, LineMatch, Pattern, Requirement, TherapyClass, TherapyClassEntry, TherapyMatch } from "./types";
