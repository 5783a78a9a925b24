/**
 * The overall level — crs-screen's own rule, not a published instrument (say so wherever it is
 * shown): `consistent` when at least one applicable instrument meets its published threshold;
 * `incomplete` when none does yet but one still could; else `not-flagged`. qSOFA is a sepsis
 * prompt and never counts.
 */
import { INSTRUMENT_DEFINITIONS } from "../scores/definitions";
import type { InstrumentId, InstrumentResult } from "../scores/types";

export const LEVELS = ["consistent", "incomplete", "not-flagged"] as const;
export type Level = (typeof LEVELS)[number];

export const LEVEL_RULE =
  "crs-screen's own rule (not a published instrument): consistent when at least one applicable instrument meets its published threshold; incomplete when none does yet but one still could with the missing data; otherwise not flagged. qSOFA never counts (it prompts a sepsis work-up).";

export const LEVEL_HEADLINES = {
  consistent: "Pattern consistent with cytokine storm or a look-alike",
  incomplete: "Incomplete — these data would complete the assessment",
  "not-flagged": "Not flagged by these instruments",
} as const satisfies Record<Level, string>;

/** Instruments that never count towards the level. */
export const LEVEL_EXCLUDED: readonly InstrumentId[] = ["qsofa"];

export interface LevelReason {
  readonly instrument: InstrumentId;
  readonly text: string;
  /** Ids of the criteria met (consistent), or field paths that would complete it (incomplete). */
  readonly details: readonly string[];
}

export interface LevelResult {
  readonly level: Level;
  readonly headline: string;
  readonly reasons: readonly LevelReason[];
  readonly rule: string;
}

function named(r: InstrumentResult): string {
  return INSTRUMENT_DEFINITIONS[r.id].shortName;
}

function threshold(r: InstrumentResult): string {
  return INSTRUMENT_DEFINITIONS[r.id].threshold;
}

function shownValue(r: InstrumentResult): string {
  return r.value !== null ? `${r.value}` : `${r.min}–${r.max}`;
}

export function overallLevel(instruments: readonly InstrumentResult[]): LevelResult {
  const counted = instruments.filter((r) => r.applicable && !LEVEL_EXCLUDED.includes(r.id));
  const met = counted.filter((r) => r.meetsThreshold === true);
  if (met.length > 0) {
    return {
      level: "consistent",
      headline: LEVEL_HEADLINES.consistent,
      rule: LEVEL_RULE,
      reasons: met.map((r) => ({
        instrument: r.id,
        text: `${named(r)} ${shownValue(r)} meets ${threshold(r)}.`,
        details: r.criteria.filter((c) => c.met === true).map((c) => c.id),
      })),
    };
  }
  const open = counted.filter((r) => r.meetsThreshold === null);
  if (open.length > 0) {
    return {
      level: "incomplete",
      headline: LEVEL_HEADLINES.incomplete,
      rule: LEVEL_RULE,
      reasons: open.map((r) => ({
        instrument: r.id,
        text: `${named(r)} ${shownValue(r)} could still reach ${threshold(r)}.`,
        details: r.missing,
      })),
    };
  }
  return {
    level: "not-flagged",
    headline: LEVEL_HEADLINES["not-flagged"],
    rule: LEVEL_RULE,
    reasons:
      counted.length > 0
        ? counted.map((r) => ({ instrument: r.id, text: `${named(r)} ${shownValue(r)}, below ${threshold(r)}.`, details: [] }))
        : [],
  };
}
