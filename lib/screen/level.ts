/**
 * The overall level — crs-screen's own rule, not a published instrument (say so wherever it is
 * shown): `consistent` when at least one applicable instrument meets its published threshold;
 * `incomplete` when none does yet but one still could; else `not-flagged`. qSOFA is a sepsis
 * prompt and never counts.
 */
import { INSTRUMENTS } from "../scores/index";
import type { InstrumentId, InstrumentResult } from "../scores/types";

export type Level = "consistent" | "incomplete" | "not-flagged";

export const LEVEL_RULE =
  "crs-screen's own rule (not a published instrument): consistent when at least one applicable instrument meets its published threshold; incomplete when none does yet but one still could with the missing data; otherwise not flagged. qSOFA never counts (in adults it prompts a sepsis work-up; under 18 it does not apply).";

export const LEVEL_HEADLINES = {
  consistent: "Pattern consistent with cytokine storm or a look-alike",
  incomplete: "Incomplete — these data would complete the assessment",
  "not-flagged": "Not flagged by these instruments",
} as const satisfies Record<Level, string>;

/** Instruments that never count towards the level. */
const LEVEL_EXCLUDED: readonly InstrumentId[] = ["qsofa"];

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

type Verdict = "meets" | "couldReach" | "below";

/** "HScore 180 meets ≥ 169 points.", "HScore 120–200 could still reach ≥ 169 points.", "qSOFA 1, below ≥ 2 of 3: consider sepsis." */
function reasonText(r: InstrumentResult, verdict: Verdict): string {
  const { shortName, threshold } = INSTRUMENTS[r.id];
  const value = r.value === null ? `${r.min}–${r.max}` : `${r.value}`;
  const after = { meets: ` meets ${threshold}.`, couldReach: ` could still reach ${threshold}.`, below: `, below ${threshold}.` }[verdict];
  return `${shortName} ${value}${after}`;
}

/** Whether an instrument counts towards the level: applicable, and not excluded (qSOFA). */
function counts(r: InstrumentResult): boolean {
  return r.applicable && !LEVEL_EXCLUDED.includes(r.id);
}

export function overallLevel(instruments: readonly InstrumentResult[]): LevelResult {
  const counted = instruments.filter(counts);
  const met = counted.filter((r) => r.meetsThreshold === true);
  if (met.length > 0) {
    const reasons = met.map((r) => ({ instrument: r.id, text: reasonText(r, "meets"), details: r.criteria.filter((c) => c.met === true).map((c) => c.id) }));
    return { level: "consistent", headline: LEVEL_HEADLINES.consistent, rule: LEVEL_RULE, reasons };
  }
  const open = counted.filter((r) => r.meetsThreshold === null);
  if (open.length > 0) {
    const reasons = open.map((r) => ({ instrument: r.id, text: reasonText(r, "couldReach"), details: r.missing }));
    return { level: "incomplete", headline: LEVEL_HEADLINES.incomplete, rule: LEVEL_RULE, reasons };
  }
  const reasons = counted.map((r) => ({ instrument: r.id, text: reasonText(r, "below"), details: [] }));
  return { level: "not-flagged", headline: LEVEL_HEADLINES["not-flagged"], rule: LEVEL_RULE, reasons };
}
