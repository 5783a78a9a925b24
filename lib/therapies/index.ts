export { THERAPY_CLASSES, THERAPY_DISCLAIMER, therapyClass } from "./catalogue";
export type { TherapyClassId } from "./catalogue";
export { judgeRequirement, lineStatement, matchSummary } from "./indications";
export type { CaseFacts } from "./indications";
export { evidenceFor, matchTherapies, matchTherapy, strongestTier, therapiesForPatterns } from "./select";
export { EVIDENCE_DIRECTIONS, EVIDENCE_TIERS, EVIDENCE_TIER_MEANINGS, PATTERNS, PATTERN_LABELS } from "./types";
export type { Indication, LineMatch, Pattern, Requirement, TherapyClass, TherapyMatch } from "./types";
