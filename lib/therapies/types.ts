/**
 * Types of the therapy-class catalogue (../shared/clinical/THERAPIES.md). The catalogue is education:
 * it names classes, their mechanism and the evidence — never an order and never a dose.
 */
import type { SourceKey } from "../sources/registry";

/** Strongest first. The words are fixed by THERAPIES.md. */
export const EVIDENCE_TIERS = ["approved", "guideline", "clinical studies", "preclinical"] as const;
export type EvidenceTier = (typeof EVIDENCE_TIERS)[number];

/** What each tier means, shown beside the tier word. */
export const EVIDENCE_TIER_MEANINGS = {
  approved: "a regulator approved it for this indication",
  guideline: "recommended by a society guideline or consensus protocol",
  "clinical studies": "trials or cohorts in humans, not approved for this indication",
  preclinical: "cell or animal studies only",
} as const satisfies Record<EvidenceTier, string>;

/**
 * The clinical patterns the catalogue's evidence is filed under. ICANS is its own pattern, not CRS
 * (ASCO 2021: glucocorticoids for ICANS, IL-6 blockade only with concurrent CRS), and COVID-19 is not
 * every virus: trials in COVID-19 are not evidence for influenza or EBV (ASSESSMENT.md additions, 2026-12).
 */
export const PATTERNS = ["crs-iec", "icans", "hlh", "mas", "covid-19", "viral-hyperinflammation", "sepsis"] as const;
export type Pattern = (typeof PATTERNS)[number];

export const PATTERN_LABELS = {
  "crs-iec": "CRS after immune effector cells",
  icans: "ICANS (neurotoxicity after immune effector cells)",
  hlh: "HLH",
  mas: "MAS",
  "covid-19": "COVID-19 hyperinflammation",
  "viral-hyperinflammation": "hyperinflammation in another viral infection (e.g. influenza)",
  sepsis: "sepsis-associated",
} as const satisfies Record<Pattern, string>;

/**
 * Which way the evidence in one line points. Shown so that negative and harmful trials are as
 * visible as hopeful ones.
 */
export const EVIDENCE_DIRECTIONS = ["favourable", "uncertain", "mixed", "no benefit", "harm"] as const;
export type EvidenceDirection = (typeof EVIDENCE_DIRECTIONS)[number];

/** One piece of evidence for one pattern. */
export interface EvidenceLine {
  readonly pattern: Pattern;
  /** The kind of evidence (not a recommendation): a "clinical studies" line may be a negative trial. */
  readonly tier: EvidenceTier;
  readonly direction: EvidenceDirection;
  /** One honest line: population, what was found, and any negative or harm signal. Never a dose. */
  readonly summary: string;
  readonly sources: readonly SourceKey[];
  /** Shown only when this pattern is flagged too (e.g. IL-6 blockade in ICANS only with concurrent CRS). */
  readonly onlyWith?: Pattern;
}

/** The catalogue entry as written (`sources` is derived from it, see catalogue.ts). */
export interface TherapyClassEntry {
  /** Stable kebab-case id. */
  readonly id: string;
  /** The class, e.g. "IL-6 receptor / IL-6 blockade". */
  readonly name: string;
  /** How it is thought to act, one line in our own words. */
  readonly mechanism: string;
  /** Example agents (names only). */
  readonly examples: readonly string[];
  /** One of the classes that anchor current care (THERAPIES.md, "Standard of care"). */
  readonly standardOfCare: boolean;
  /** Named in the seed text the project started from. */
  readonly seedClass: boolean;
  readonly evidence: readonly EvidenceLine[];
  /** Sources for the class as a whole (reviews naming it), beyond those of its evidence lines. */
  readonly classSources: readonly SourceKey[];
  /** Caveats shown with the class (e.g. that no source was found for part of it). */
  readonly notes: readonly string[];
}

export interface TherapyClass extends TherapyClassEntry {
  /** Every source the entry cites: class sources, then evidence sources, without repeats. */
  readonly sources: readonly SourceKey[];
}
