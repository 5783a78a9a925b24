export { THERAPY_CLASSES, THERAPY_DISCLAIMER, therapyClass } from "./catalogue";
export type { TherapyClassId } from "./catalogue";
export { evidenceFor, strongestTier, therapiesForPatterns } from "./select";
export { EVIDENCE_DIRECTIONS, EVIDENCE_TIERS, EVIDENCE_TIER_MEANINGS, PATTERNS, PATTERN_LABELS } from "./types";
export type { EvidenceDirection, EvidenceLine, EvidenceTier, Pattern, TherapyClass, TherapyClassEntry } from "./types";
