/**
 * `screen(assessment)`: the Screening the result page, the summary, the scenario checklists and the
 * CLI all show. Pure; the Assessment must already be validated (lib/assessment/validate.ts).
 */
import type { Assessment } from "../assessment/schema";
import type { FieldValues } from "../assessment/field-values";
import { withFieldValues } from "../assessment/read";
import { INSTRUMENTS, inOrder, scoreEach } from "../scores/index";
import type { InstrumentId, InstrumentResult } from "../scores/types";
import { PATTERNS, THERAPY_DISCLAIMER, strongestTier, therapiesForPatterns, type EvidenceTier, type Pattern } from "../therapies/index";
import { DISCLAIMER } from "../disclaimer";
import { differentials, disagreements, type Differential } from "./differentials";
import { overallLevel, type Level, type LevelReason } from "./level";
import { mechanisms, type MechanismResult } from "./mechanisms";

/** The version of the scoring rules; bump whenever a threshold, convention or the level rule changes. */
export const RULES_VERSION = "2026.12-1";

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
export const PATTERN_OF: Readonly<Record<InstrumentId, Pattern | null>> = {
  "astct-crs": "crs-iec",
  "astct-icans": "icans", // its own pattern: not CRS (ASCO 2021, santomasso-2021)
  hscore: "hlh",
  "hlh-2004": "hlh",
  chis: "covid-19", // cHIS applies in COVID-19 only; no instrument speaks for other viruses
  "mas-2016": "mas",
  "isth-dic": null,
  qsofa: "sepsis",
};

/** Each instrument's pattern as a bit (0 for none): a set of patterns is a number below 2⁷. */
const PATTERN_BIT = new Map(Object.entries(PATTERN_OF).map(([id, pattern]) => [id, pattern === null ? 0 : 1 << PATTERNS.indexOf(pattern)]));
/**
 * The patterns in the order of the first instrument naming each (the order the result page shows
 * the instruments in). A Screening lists its patterns in the order of the first met instrument for
 * each; the two agree because each pattern's instruments stand together (tests/lib/screen/screen.test.ts).
 */
export const PATTERN_ORDER: readonly Pattern[] = [...new Set((Object.keys(INSTRUMENTS) as InstrumentId[]).map((id) => PATTERN_OF[id]).filter((p) => p !== null))];

/** The patterns and therapy classes for one set of patterns, made once per set (there are 2⁷) and shared, frozen. */
const byPatternSet: { readonly patterns: readonly Pattern[]; readonly therapies: readonly TherapyMatch[] }[] = [];

function patternsAndTherapies(patternSet: number) {
  let found = byPatternSet[patternSet];
  if (found === undefined) {
    const patterns = Object.freeze(PATTERN_ORDER.filter((p) => (patternSet & (1 << PATTERNS.indexOf(p))) !== 0));
    const therapies = Object.freeze(
      therapiesForPatterns(patterns).map((t) => Object.freeze({ id: t.id, strongestTier: strongestTier(t, patterns) ?? "preclinical" })),
    );
    found = byPatternSet[patternSet] = { patterns, therapies };
  }
  return found;
}

/** The set of patterns the applicable, met instruments point to, as bits. */
function patternSetOf(instruments: readonly InstrumentResult[]): number {
  let set = 0;
  for (const r of instruments) if (r.applicable && r.meetsThreshold === true) set |= PATTERN_BIT.get(r.id)!;
  return set;
}

/** One string, made once: every Screening carries it. */
const SCREENING_DISCLAIMER = `${DISCLAIMER.heading}. ${DISCLAIMER.body}`;

/**
 * The Screening of a validated Assessment. `fields`: its field values, when they are already read
 * (quickAccept keeps them while it checks an item: `crs-screen score`); values read from another
 * object are ignored.
 */
export function screen(assessment: Assessment, fields?: FieldValues): Screening {
  return withFieldValues(assessment, screenFields, fields);
}

function screenFields(assessment: Assessment): Screening {
  const byId = scoreEach(assessment);
  const instruments = inOrder(byId);
  const level = overallLevel(instruments);
  const { patterns, therapies } = patternsAndTherapies(patternSetOf(instruments));
  return {
    level: level.level,
    levelReasons: level.reasons,
    instruments,
    mechanisms: mechanisms(assessment, byId["isth-dic"]),
    differentials: differentials(assessment, byId),
    disagreements: disagreements(byId),
    patterns,
    therapies,
    therapyDisclaimer: THERAPY_DISCLAIMER,
    disclaimer: SCREENING_DISCLAIMER,
    rulesVersion: RULES_VERSION,
  };
}
