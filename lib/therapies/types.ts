/**
 * Types of the therapy-class catalogue (../shared/clinical/THERAPIES.md). The catalogue is education:
 * it names classes, their mechanism and the evidence — never an order and never a dose.
 */
import type { SETTINGS } from "../assessment/fields";
import type { SourceKey } from "../sources/registry";

/** Strongest first. The words are fixed by THERAPIES.md. */
export const EVIDENCE_TIERS = ["approved", "guideline", "clinical studies", "preclinical"] as const;
export type EvidenceTier = (typeof EVIDENCE_TIERS)[number];

/** 0 = approved … 3 = preclinical: lower is stronger. */
export function tierRank(tier: EvidenceTier): number {
  return EVIDENCE_TIERS.indexOf(tier);
}

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

/**
 * One thing an indication asks of the case, as data; `judgeRequirement` (indications.ts) reads it
 * against the Assessment and the instruments' results. Unknown is never read as met: a requirement
 * the data cannot settle leaves the indication open ("only if …").
 */
export type Requirement =
  /** ASTCT CRS grade (lee-2019) within min..max (max absent: up to grade 4). */
  | { readonly kind: "crs-grade"; readonly min: number; readonly max?: number }
  /** ASTCT ICANS grade (lee-2019) within min..max. */
  | { readonly kind: "icans-grade"; readonly min: number; readonly max?: number }
  /** Age in years: at least `min`, below `below`. */
  | { readonly kind: "age"; readonly min?: number; readonly below?: number }
  /** The clinical setting is one of `is`, or none of `not`. */
  | { readonly kind: "setting"; readonly is?: readonly (keyof typeof SETTINGS)[]; readonly not?: readonly (keyof typeof SETTINGS)[] }
  /** A recorded finding is present (`present: true`) or looked for and absent (`present: false`). */
  | { readonly kind: "finding"; readonly path: "context.sjia" | "context.hlhMolecularDiagnosis"; readonly present: boolean }
  /** Supplemental oxygen or ventilation in use (`needed: true`) or room air (`false`), from the oxygen device (lib/assessment/derived.ts). */
  | { readonly kind: "oxygen"; readonly needed: boolean }
  /** Any vasopressor given. */
  | { readonly kind: "vasopressor" }
  /** Something the Assessment does not record (a line of therapy, a diagnosis): never met, always said in words. */
  | { readonly kind: "not-recorded"; readonly what: string }
  /** Met when any part is (a guideline's "grade 2, or grade 1 with persistent fever"). */
  | { readonly kind: "any-of"; readonly of: readonly Requirement[] };

/**
 * What an evidence line was granted, recommended or studied for: condition, severity or line, and
 * population, in words (shown beside the tier), and the same as requirements the case can be judged
 * on. The pattern the line is filed under is always part of it.
 */
export interface Indication {
  /** Shown on screen and in print: "severe or life-threatening CRS after CAR T cells, age 2 and over". */
  readonly words: string;
  /** All must be met; empty when the pattern alone meets it. */
  readonly requires: readonly Requirement[];
  /**
   * "later": refractory-only, or added to a first-line treatment (the guideline's sequence); shown
   * after first-line classes. Absent: first line.
   */
  readonly line?: "later";
}

/** One piece of evidence for one pattern. */
export interface EvidenceLine {
  readonly pattern: Pattern;
  /** The kind of evidence (not a recommendation): a "clinical studies" line may be a negative trial. */
  readonly tier: EvidenceTier;
  readonly direction: EvidenceDirection;
  /** What the approval, recommendation or study was for; the tier holds only where the case meets it. */
  readonly indication: Indication;
  /** One honest line: population, what was found, and any negative or harm signal. Never a dose. */
  readonly summary: string;
  readonly sources: readonly SourceKey[];
  /** Shown only when this pattern is flagged too (e.g. IL-6 blockade in ICANS only with concurrent CRS). */
  readonly onlyWith?: Pattern;
}

/** The catalogue entry as written, one file per class in classes/ (`sources` is derived from it, see catalogue.ts). */
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

/** Whether a case meets one evidence line's indication. */
export interface LineMatch {
  readonly pattern: Pattern;
  readonly tier: EvidenceTier;
  readonly direction: EvidenceDirection;
  /** The indication's words. */
  readonly indication: string;
  /** true: met; false: outside it; null: the data recorded cannot settle it. */
  readonly met: boolean | null;
  /**
   * What of this case decided it, in words: the facts outside it ("ASTCT CRS grade 1"), or what is
   * not recorded when open ("age not recorded"); empty when met by the pattern alone.
   */
  readonly here: string;
}

/** A therapy class relevant to a screening's patterns, judged against the case (`Screening.therapies`). */
export interface TherapyMatch {
  readonly id: string;
  /** The strongest tier among the lines whose indication this case meets; null when it meets none. */
  readonly strongestTier: EvidenceTier | null;
  /** The words of the indication of the line whose tier is shown; null with the tier. */
  readonly indication: string | null;
  /** Every evidence line for the screening's patterns, in catalogue order, each judged against the case. */
  readonly lines: readonly LineMatch[];
}
