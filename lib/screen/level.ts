/**
 * The overall level — crs-screen's own rule, not a published instrument (say so wherever it is
 * shown): `consistent` when at least one applicable instrument meets its published threshold;
 * `incomplete` when none does yet but one still could; else `not-flagged`. qSOFA is a sepsis
 * prompt and never counts.
 */
import { INSTRUMENT_DEFINITIONS } from "../scores/definitions";
import { INSTRUMENT_IDS, type InstrumentId, type InstrumentResult } from "../scores/types";

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

type Verdict = "meets" | "couldReach" | "below";

/**
 * Each instrument's reason wording around its value, worked out once (the level is made per
 * screening), with the texts for settled whole-number values kept as they are first made: bulk
 * scoring repeats them.
 */
const WORDING = new Map(
  INSTRUMENT_IDS.map((id) => {
    const { shortName, threshold } = INSTRUMENT_DEFINITIONS[id];
    const after = { meets: ` meets ${threshold}.`, couldReach: ` could still reach ${threshold}.`, below: `, below ${threshold}.` };
    const settled: Record<Verdict, string[]> = { meets: [], couldReach: [], below: [] };
    return [id, { name: `${shortName} `, after, settled }] as const;
  }),
);

/** Instrument values are small whole numbers (HScore tops out at 337); others are worded afresh. */
const MAX_KEPT_VALUE = 400;

function reasonText(r: InstrumentResult, verdict: Verdict): string {
  const wording = WORDING.get(r.id)!;
  const value = r.value;
  if (value === null) return `${wording.name}${r.min}–${r.max}${wording.after[verdict]}`;
  if (!Number.isInteger(value) || value < 0 || value > MAX_KEPT_VALUE) return wording.name + value + wording.after[verdict];
  return (wording.settled[verdict][value] ??= wording.name + value + wording.after[verdict]);
}

/**
 * The ids of the criteria met. Counted first and made at their size: a list grown by push gets room
 * for 17 (~150 bytes), and a screening makes several of these.
 */
function metCriteria(r: InstrumentResult): string[] {
  let count = 0;
  for (const c of r.criteria) if (c.met === true) count += 1;
  const ids = new Array<string>(count);
  let i = 0;
  for (const c of r.criteria) if (c.met === true) ids[i++] = c.id;
  return ids;
}

/** Whether an instrument counts towards the level: applicable, and not excluded (qSOFA). */
function counts(r: InstrumentResult): boolean {
  return r.applicable && !LEVEL_EXCLUDED.includes(r.id);
}

/** A "below" reason has no details: one empty list, shared. */
const NO_DETAILS: readonly string[] = Object.freeze([]);

export function overallLevel(instruments: readonly InstrumentResult[]): LevelResult {
  let met = 0;
  let open = 0;
  let counted = 0;
  for (const r of instruments) {
    if (!counts(r)) continue;
    counted += 1;
    if (r.meetsThreshold === true) met += 1;
    else if (r.meetsThreshold === null) open += 1;
  }
  // Made at their size (see metCriteria).
  if (met > 0) {
    const reasons = new Array<LevelReason>(met);
    let i = 0;
    for (const r of instruments) if (counts(r) && r.meetsThreshold === true) reasons[i++] = { instrument: r.id, text: reasonText(r, "meets"), details: metCriteria(r) };
    return { level: "consistent", headline: LEVEL_HEADLINES.consistent, rule: LEVEL_RULE, reasons };
  }
  if (open > 0) {
    const reasons = new Array<LevelReason>(open);
    let i = 0;
    for (const r of instruments) if (counts(r) && r.meetsThreshold === null) reasons[i++] = { instrument: r.id, text: reasonText(r, "couldReach"), details: r.missing };
    return { level: "incomplete", headline: LEVEL_HEADLINES.incomplete, rule: LEVEL_RULE, reasons };
  }
  const reasons = new Array<LevelReason>(counted);
  let i = 0;
  for (const r of instruments) if (counts(r)) reasons[i++] = { instrument: r.id, text: reasonText(r, "below"), details: NO_DETAILS };
  return { level: "not-flagged", headline: LEVEL_HEADLINES["not-flagged"], rule: LEVEL_RULE, reasons };
}
