/**
 * What the studio proposes for a stage (issue 30), from the app's own screening of its answer key:
 * the expected level and each applicable instrument's result, shown beside the instrument's
 * criteria as published and its threshold (the instrument modules' own words, never retyped);
 * the predictions a trainee will be asked; and checklist items to pick from.
 *
 * A proposal is the program's answer, and the scenario format wants results worked out from the
 * paper (an imported scenario is the program's independent check): so each expectation stays
 * "computed — check against the paper" until the instructor confirms it, and the draft cannot be
 * saved before (./draft.ts).
 */
import { NUMERIC_FIELDS, type FieldPath } from "../../assessment/fields";
import { valueAt } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { INSTRUMENTS, criterionFields, criterionWords } from "../../scores/index";
import type { InstrumentId, InstrumentResult } from "../../scores/types";
import { LEVEL_HEADLINES, screen, type Level } from "../../screen/index";
import { readingText, settle } from "../../units/index";
import { predictionItemsFor, type PredictionItem } from "../predictions";
import type { InstrumentExpectation, ScenarioCheck } from "../schema";
import type { StudioStage } from "./draft";
import { valuePhrase } from "./vignette-draft";

/** Shown beside an expectation the instructor has not yet confirmed. */
export const COMPUTED_STATUS = "computed — check against the paper";

/** One published criterion, and what the answer key gives for it: met, not met, or open (null). */
interface CriterionOutcome {
  readonly published: string;
  readonly met: boolean | null;
}

/** One instrument's proposed expectation, with the words to check it against. */
interface ProposedExpectation {
  readonly instrument: InstrumentId;
  readonly name: string;
  /** The published threshold in words ("≥ 169 points"). */
  readonly threshold: string;
  readonly criteria: readonly CriterionOutcome[];
  readonly expect: InstrumentExpectation;
}

/** A checklist item to pick: the instructor adds the teaching point. */
interface ChecklistCandidate {
  readonly label: string;
  readonly check: ScenarioCheck;
}

export interface StageProposal {
  readonly level: Level;
  /** Each instrument that applies to the answer key, in the result page's order. */
  readonly instruments: readonly ProposedExpectation[];
  /** The predictions the stage will ask (only an unfolding scenario asks them). */
  readonly predictions: readonly PredictionItem[];
  readonly checklist: readonly ChecklistCandidate[];
}

/** The expectation as the built-ins write it: every one of value, min, max, meetsThreshold and applicable. */
function expectationOf(result: InstrumentResult): InstrumentExpectation {
  return { value: result.value, min: result.min, max: result.max, meetsThreshold: result.meetsThreshold, applicable: result.applicable };
}

function proposedExpectation(result: InstrumentResult): ProposedExpectation {
  const { name, threshold } = INSTRUMENTS[result.id];
  return {
    instrument: result.id,
    name,
    threshold,
    criteria: result.criteria.map((c) => ({ published: criterionWords(result.id, c.id), met: c.met })),
    expect: expectationOf(result),
  };
}

/** "Reached ASTCT CRS grade 2", "Calculated HScore 180 (meets ≥ 169 points)": an instrument's result, in the built-ins' words. */
function instrumentCandidate(result: InstrumentResult): ChecklistCandidate | null {
  const { shortName, threshold, scale } = INSTRUMENTS[result.id];
  if (result.value !== null) {
    const label = scale.kind === "grade" ? `Reached ${shortName} grade ${result.value}` : `Calculated ${shortName} ${result.value} (${result.meetsThreshold ? "meets" : "below"} ${threshold})`;
    return { label, check: { kind: "instrument", instrument: result.id, expect: { value: result.value } } };
  }
  if (result.meetsThreshold === null) return null;
  const label = `Found that ${shortName} ${result.meetsThreshold ? "meets" : "cannot reach"} ${threshold} whatever the missing data`;
  return { label, check: { kind: "instrument", instrument: result.id, expect: { meetsThreshold: result.meetsThreshold } } };
}

/**
 * A field check for a value of the answer key: a number within half a step of its last decimal
 * as read ("38.6" → 38.55–38.65, as the built-ins write it), so a value typed in another unit and
 * converted still passes; whole-number fields, yes/no and choices exactly.
 */
function fieldCheck(path: FieldPath, value: number | boolean | string): ScenarioCheck {
  if (typeof value !== "number" || (NUMERIC_FIELDS as Readonly<Record<string, { integer?: boolean }>>)[path]?.integer) return { kind: "field", path, equals: value };
  const read = readingText(value).replace(/[≈\s]/g, "");
  const decimals = read.split(".")[1]?.length ?? 0;
  const half = 0.5 * 10 ** -decimals;
  const centre = Number(read);
  return { kind: "field", path, within: [settle(centre - half), settle(centre + half)] };
}

/** The answer key's fields that the applicable instruments read, each once, in the instruments' and criteria's order. */
function fieldCandidates(answerKey: Assessment, applicable: readonly InstrumentResult[]): ChecklistCandidate[] {
  const paths = [...new Set(applicable.flatMap((r) => r.criteria.flatMap((c) => criterionFields(r.id, c.id))))];
  return paths.flatMap((path) => {
    const value = valueAt(answerKey, path);
    if (typeof value !== "number" && typeof value !== "boolean" && typeof value !== "string") return [];
    return [{ label: `Recorded ${valuePhrase(path, value) ?? path}`, check: fieldCheck(path, value) }];
  });
}

/** Everything the studio proposes for one stage, from the screening of its answer key. */
export function proposeForStage(answerKey: Assessment): StageProposal {
  const screening = screen(answerKey);
  const applicable = screening.instruments.filter((r) => r.applicable);
  const checklist: ChecklistCandidate[] = [
    { label: `Reached the level “${LEVEL_HEADLINES[screening.level]}”`, check: { kind: "level", level: screening.level } },
    ...applicable.flatMap((r) => instrumentCandidate(r) ?? []),
    ...applicable.filter((r) => r.missing.length === 0).map((r) => ({ label: `Entered every input ${INSTRUMENTS[r.id].shortName} needs`, check: { kind: "complete" as const, instrument: r.id } })),
    ...fieldCandidates(answerKey, applicable),
  ];
  return { level: screening.level, instruments: applicable.map(proposedExpectation), predictions: predictionItemsFor(screening), checklist };
}

/**
 * The stage with the proposal filled in where the instructor has not decided: the level when
 * unset, and each applicable instrument's expectation, unconfirmed — but one the instructor has
 * confirmed is theirs (checked against the paper) and stays.
 */
export function withProposedExpectations(stage: StudioStage): StudioStage {
  const proposal = proposeForStage(stage.answerKey);
  const instruments = { ...stage.expected.instruments };
  for (const { instrument, expect } of proposal.instruments) {
    if (instruments[instrument]?.confirmed !== true) instruments[instrument] = { expect, confirmed: false };
  }
  return { ...stage, expected: { level: stage.expected.level ?? proposal.level, instruments } };
}

/** What the studio shows beside an expectation. */
export function expectationStatus(expectation: { readonly confirmed: boolean }): typeof COMPUTED_STATUS | "confirmed" {
  return expectation.confirmed ? "confirmed" : COMPUTED_STATUS;
}
