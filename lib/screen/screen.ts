/**
 * `screen(assessment)`: the Screening the result page, the summary, the scenario checklists and the
 * CLI all show. Pure; the Assessment must already be validated (lib/assessment/validate.ts).
 */
import type { Assessment } from "../assessment/schema";
import { INSTRUMENTS, scoreEach } from "../scores/index";
import type { InstrumentResult } from "../scores/types";
import { THERAPY_DISCLAIMER, matchTherapies, type Pattern, type TherapyMatch } from "../therapies/index";
import { DISCLAIMER } from "../disclaimer";
import { differentials, disagreements, type Differential } from "./differentials";
import { overallLevel, type Level, type LevelReason } from "./level";
import { mechanisms, type MechanismResult } from "./mechanisms";

/** The version of the scoring rules; bump whenever a threshold, convention or the level rule changes. */
export const RULES_VERSION = "2026.12-3";

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
  /**
   * Classes discussed for these patterns, each judged against this case: the tier shown is that of a
   * line whose indication the case meets (null when none), in the guidelines' sequence (details in
   * the catalogue, by id).
   */
  readonly therapies: readonly TherapyMatch[];
  readonly therapyDisclaimer: string;
  readonly disclaimer: string;
  readonly rulesVersion: string;
}

/**
 * A therapy class relevant to the patterns: `{ id, strongestTier, indication, lines }` —
 * `strongestTier` the strongest tier whose indication this case meets (null when none),
 * `indication` that line's words, `lines` each evidence line judged (lib/therapies/types.ts).
 */
export type { TherapyMatch };

/**
 * The patterns in the order of the first instrument naming each (the order the result page shows
 * the instruments in). A Screening lists its patterns in the order of the first met instrument for
 * each; the two agree because each pattern's instruments stand together (tests/lib/screen/screen.test.ts).
 */
export const PATTERN_ORDER: readonly Pattern[] = [...new Set(Object.values(INSTRUMENTS).flatMap((i) => (i.pattern === null ? [] : [i.pattern])))];

/** The Screening of a validated Assessment. */
export function screen(assessment: Assessment): Screening {
  const byId = scoreEach(assessment);
  const instruments = Object.values(byId);
  const level = overallLevel(instruments);
  const met = instruments.filter((r) => r.applicable && r.meetsThreshold === true);
  const patterns = PATTERN_ORDER.filter((p) => met.some((r) => INSTRUMENTS[r.id].pattern === p));
  return {
    level: level.level,
    levelReasons: level.reasons,
    instruments,
    mechanisms: mechanisms(assessment, byId["isth-dic"]),
    differentials: differentials(assessment, byId),
    disagreements: disagreements(byId),
    patterns,
    therapies: matchTherapies(patterns, { assessment, results: byId }),
    therapyDisclaimer: THERAPY_DISCLAIMER,
    disclaimer: `${DISCLAIMER.heading}. ${DISCLAIMER.body}`,
    rulesVersion: RULES_VERSION,
  };
}
