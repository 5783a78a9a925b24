/**
 * `screen(assessment)`: the Screening the result page, the summary, the scenario checklists and the
 * CLI all show. Pure; the Assessment must already be validated (lib/assessment/validate.ts).
 */
import type { Assessment } from "../assessment/schema";
import { withFieldValues } from "../assessment/read";
import { INSTRUMENTS } from "../scores/index";
import type { InstrumentId, InstrumentResult } from "../scores/types";
import { PATTERNS, THERAPY_DISCLAIMER, strongestTier, therapiesForPatterns, type EvidenceTier, type Pattern } from "../therapies/index";
import { DISCLAIMER } from "../disclaimer";
import { differentials, disagreements, type Differential } from "./differentials";
import { overallLevel, type Level, type LevelReason } from "./level";
import { mechanisms, type MechanismResult } from "./mechanisms";

/** The version of the scoring rules; bump whenever a threshold, convention or the level rule changes. */
export const RULES_VERSION = "2026.11-1";

export interface Screening {
  /** crs-screen's own rule (LEVEL_RULE), with its headline in LEVEL_HEADLINES. */
  readonly level: Level;
  readonly levelReasons: readonly LevelReason[];
  readonly instruments: readonly InstrumentResult[];
  readonly mechanisms: readonly MechanismResult[];
  readonly differentials: readonly Differential[];
  /** Instruments for the same syndrome that disagree. */
  readonly disagreements: readonly string[];
  /** The patterns the met instruments point to; therapies are selected for these. */
  readonly patterns: readonly Pattern[];
  /** Classes discussed for these patterns (details in the catalogue, by id). */
  readonly therapies: readonly TherapyMatch[];
  readonly therapyDisclaimer: string;
  readonly disclaimer: string;
  readonly rulesVersion: string;
}

/** A therapy class relevant to the patterns (details, and the evidence for them, in the catalogue: `evidenceFor`). */
export interface TherapyMatch {
  readonly id: string;
  readonly strongestTier: EvidenceTier;
}

/** Which pattern each instrument speaks for, when applicable and met. */
const PATTERN_OF: Readonly<Record<InstrumentId, Pattern | null>> = {
  "astct-crs": "crs-iec",
  "astct-icans": "crs-iec",
  hscore: "hlh",
  "hlh-2004": "hlh",
  chis: "viral-hyperinflammation",
  "mas-2016": "mas",
  "isth-dic": null,
  qsofa: "sepsis",
};

export function patternsOf(instruments: readonly InstrumentResult[]): Pattern[] {
  const patterns = new Set<Pattern>();
  for (const r of instruments) {
    const pattern = PATTERN_OF[r.id];
    if (pattern !== null && r.applicable && r.meetsThreshold === true) patterns.add(pattern);
  }
  return [...patterns];
}

/** One string, made once: every Screening carries it. */
const SCREENING_DISCLAIMER = `${DISCLAIMER.heading}. ${DISCLAIMER.body}`;

const INSTRUMENT_LIST: readonly ((a: Assessment) => InstrumentResult)[] = Object.values(INSTRUMENTS);

const matchesCache = new Map<number, readonly TherapyMatch[]>();

/** The catalogue's classes for these patterns; memoised by pattern set (a bit each), since only 2⁵ exist. */
export function therapyMatches(patterns: readonly Pattern[]): readonly TherapyMatch[] {
  let key = 0;
  for (const pattern of patterns) key |= 1 << PATTERNS.indexOf(pattern);
  let matches = matchesCache.get(key);
  if (!matches) {
    matches = therapiesForPatterns(patterns).map((t) => ({ id: t.id, strongestTier: strongestTier(t, patterns) ?? "preclinical" }));
    matchesCache.set(key, matches);
  }
  return matches;
}

export function screen(assessment: Assessment): Screening {
  return withFieldValues(assessment, () => screenFields(assessment));
}

function screenFields(assessment: Assessment): Screening {
  const instruments = INSTRUMENT_LIST.map((score) => score(assessment));
  const byId = {} as Record<InstrumentId, InstrumentResult>;
  for (const r of instruments) byId[r.id] = r;
  const level = overallLevel(instruments);
  const patterns = patternsOf(instruments);
  return {
    level: level.level,
    levelReasons: level.reasons,
    instruments,
    mechanisms: mechanisms({ assessment, isthDic: byId["isth-dic"] }),
    differentials: differentials(assessment, byId),
    disagreements: disagreements(byId),
    patterns,
    therapies: therapyMatches(patterns),
    therapyDisclaimer: THERAPY_DISCLAIMER,
    disclaimer: SCREENING_DISCLAIMER,
    rulesVersion: RULES_VERSION,
  };
}
