/**
 * Predict, then reveal (issue 18, item 5): before a stage's result is shown the trainee commits
 * what they expect — the ASTCT CRS and ICANS grades, whether HScore, HLH-2004 and MAS-2016 meet
 * their thresholds (each only where it applies to the case), and the overall level — and each prediction is then set against what the
 * published criteria give for the trainee's own Assessment. Kept in this browser's sessionStorage
 * only, like the draft: nothing is sent anywhere.
 */
import * as z from "zod";
import type { Screening } from "../screen/screen";
import { instrumentOf, type InstrumentId, type InstrumentResult } from "../scores/index";
import { LEVELS } from "./schema";
import { PLAY_KEY } from "./play-key";
export { ANSWER_WORDS, answerWords, scoreLine } from "./prediction-words";

/** A grade the trainee can predict: a number, "cannot tell yet" (data missing) or "does not apply". */
export const GRADE_ANSWERS = ["0", "1", "2", "3", "4", "open", "not-applicable"] as const;
/** Whether a threshold is met: yes, no, cannot tell yet, or the instrument does not apply. */
export const THRESHOLD_ANSWERS = ["met", "not-met", "open", "not-applicable"] as const;

const grade = z.enum(GRADE_ANSWERS, { error: "Choose a grade, “cannot tell yet” or “does not apply”" });
const threshold = z.enum(THRESHOLD_ANSWERS, { error: "Choose met, not met, “cannot tell yet” or “does not apply”" });
const level = z.enum(LEVELS, { error: "Choose the level you expect" });

/** Each question's answers, whether or not this stage asks it. */
const ANSWER_SCHEMAS = { crsGrade: grade, icansGrade: grade, hscore: threshold, hlh2004: threshold, mas2016: threshold, level } as const;

/**
 * What a trainee committed for one stage, as stored: the level always; an instrument only when the
 * stage asked about it (issue 28: a question about an instrument that cannot apply to the case —
 * MAS-2016 for a 61-year-old after CAR-T — teaches nothing).
 */
export const PredictionsSchema = z.strictObject({
  crsGrade: grade.optional(),
  icansGrade: grade.optional(),
  hscore: threshold.optional(),
  hlh2004: threshold.optional(),
  mas2016: threshold.optional(),
  level,
});

export type Predictions = z.output<typeof PredictionsSchema>;
export type PredictionKey = keyof Predictions;

export interface PredictionItem {
  readonly key: PredictionKey;
  readonly label: string;
  readonly instrument?: InstrumentId;
}

/**
 * What a trainee predicts about an instrument: its grade, or whether it meets its threshold — the
 * label read from the instrument's module ("HScore ≥ 169", "HLH-2004 ≥ 5 of 8", "MAS-2016 met").
 */
function instrumentItem(key: PredictionKey, id: InstrumentId): PredictionItem {
  const { shortName, scale, thresholdValue } = instrumentOf(id);
  if (scale.kind === "grade") return { key, label: `${shortName} grade`, instrument: id };
  if (thresholdValue === undefined) return { key, label: `${shortName} met`, instrument: id };
  const of = scale.kind === "count" ? ` of ${scale.of}` : "";
  return { key, label: `${shortName} ≥ ${thresholdValue}${of}`, instrument: id };
}

/** The six predictions, in the order the form asks them, with the instrument each one reads. */
export const PREDICTION_ITEMS: readonly PredictionItem[] = [
  instrumentItem("crsGrade", "astct-crs"),
  instrumentItem("icansGrade", "astct-icans"),
  instrumentItem("hscore", "hscore"),
  instrumentItem("hlh2004", "hlh-2004"),
  instrumentItem("mas2016", "mas-2016"),
  { key: "level", label: "Overall level" },
];

/**
 * The questions a stage asks: the level, and each instrument that applies to the case at that
 * stage — read from the library's screening of the stage's own answer key, so the applicability
 * rules (MAS-2016 only with sJIA; HScore from 18 years or age unknown; ASTCT only after immune
 * effector cells) are the library's, not restated here.
 */
export function predictionItemsFor(answerKeyScreening: Screening): readonly PredictionItem[] {
  return PREDICTION_ITEMS.filter(({ instrument }) => instrument === undefined || answerKeyScreening.instruments.find((r) => r.id === instrument)?.applicable === true);
}

/** The form's validator for these questions: each one must be answered. */
export function predictionsFormSchema(items: readonly PredictionItem[]) {
  return z.strictObject(Object.fromEntries(items.map(({ key }) => [key, ANSWER_SCHEMAS[key]])) as Partial<typeof ANSWER_SCHEMAS>);
}

function gradeAnswer(result: InstrumentResult): string {
  if (!result.applicable) return "not-applicable";
  return result.value === null ? "open" : String(result.value);
}

function thresholdAnswer(result: InstrumentResult): string {
  if (!result.applicable) return "not-applicable";
  if (result.meetsThreshold === null) return "open";
  return result.meetsThreshold ? "met" : "not-met";
}

/** What the criteria give, as the answer the trainee could have predicted. */
export function computedAnswers(screening: Screening): Readonly<Record<PredictionKey, string>> {
  const of = (id: InstrumentId): InstrumentResult => {
    const found = screening.instruments.find((r) => r.id === id);
    if (!found) throw new Error(`Instrument ${id} missing from the screening`);
    return found;
  };
  return {
    crsGrade: gradeAnswer(of("astct-crs")),
    icansGrade: gradeAnswer(of("astct-icans")),
    hscore: thresholdAnswer(of("hscore")),
    hlh2004: thresholdAnswer(of("hlh-2004")),
    mas2016: thresholdAnswer(of("mas-2016")),
    level: screening.level,
  };
}

export interface PredictionOutcome {
  readonly key: PredictionKey;
  readonly label: string;
  readonly predicted: string;
  readonly computed: string;
  readonly correct: boolean;
}

export interface PredictionScore {
  readonly outcomes: readonly PredictionOutcome[];
  readonly correct: number;
  readonly total: number;
}

/** Each prediction the trainee was asked against the computed value; counted apart from the data-entry checklist. */
export function scorePredictions(predictions: Predictions, screening: Screening): PredictionScore {
  const computed = computedAnswers(screening);
  const outcomes = PREDICTION_ITEMS.flatMap(({ key, label }) => {
    const predicted = predictions[key];
    return predicted === undefined ? [] : [{ key, label, predicted, computed: computed[key], correct: predicted === computed[key] }];
  });
  return { outcomes, correct: outcomes.filter((o) => o.correct).length, total: outcomes.length };
}

/** sessionStorage: the stage being played and the predictions committed for each stage. */
export { PLAY_KEY };

const PlaySchema = z.strictObject({
  scenarioId: z.string(),
  stage: z.int().min(1),
  /** Predictions by stage number ("1", "2", …). */
  predictions: z.record(z.string(), PredictionsSchema),
});

export type Play = z.output<typeof PlaySchema>;

/** The play of this scenario (stage 1, nothing predicted, when none is stored or it belongs to another scenario). */
export function loadPlay(storage: Pick<Storage, "getItem">, scenarioId: string): Play {
  try {
    const parsed = PlaySchema.safeParse(JSON.parse(storage.getItem(PLAY_KEY) ?? "null"));
    if (parsed.success && parsed.data.scenarioId === scenarioId) return parsed.data;
  } catch {
    // A damaged entry starts the play again rather than breaking the result page.
  }
  return { scenarioId, stage: 1, predictions: {} };
}

export function savePlay(storage: Pick<Storage, "setItem">, play: Play): void {
  storage.setItem(PLAY_KEY, JSON.stringify(play));
}
