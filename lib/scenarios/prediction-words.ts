/**
 * Predictions in words and the score line, in a module without zod: the result page shows them
 * without loading the validator (lib/scenarios/predictions.ts validates and scores).
 */

export const ANSWER_WORDS: Readonly<Record<string, string>> = {
  open: "cannot tell yet",
  "not-applicable": "does not apply",
  met: "met",
  "not-met": "not met",
  consistent: "consistent with",
  incomplete: "incomplete",
  "not-flagged": "not flagged",
};

/** An answer in words ("grade 2", "cannot tell yet", "not met"). */
export function answerWords(answer: string): string {
  return ANSWER_WORDS[answer] ?? `grade ${answer}`;
}

/** "Predictions 4 of 6 · Data entry 7 of 8" (data entry alone when nothing was predicted). */
export function scoreLine(predictions: { readonly correct: number; readonly total: number } | null, dataEntry: { readonly passed: number; readonly total: number }): string {
  const entry = `Data entry ${dataEntry.passed} of ${dataEntry.total}`;
  return predictions ? `Predictions ${predictions.correct} of ${predictions.total} · ${entry}` : entry;
}

/**
 * The tally beside the checklist's heading: every mark shown under it — each prediction as well
 * as each data-entry item — so "3 of 3 (100 %)" never sits beside a missed prediction (issue 28).
 */
export function tallyLine(predictions: { readonly correct: number; readonly total: number } | null, dataEntry: { readonly passed: number; readonly total: number }): string {
  const passed = dataEntry.passed + (predictions?.correct ?? 0);
  const total = dataEntry.total + (predictions?.total ?? 0);
  return `${passed} of ${total} (${total === 0 ? 0 : Math.round((100 * passed) / total)} %)`;
}
