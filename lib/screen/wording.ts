/**
 * How an instrument's result is put into words on the result page (issue 15, item 8): an instrument
 * that does not apply never "meets" a threshold, and when one unknown answer decides the result, the
 * page says which answer gives which result instead of only a range. Pure; no React.
 */
import { ENUM_FIELDS, TRI_STATE_FIELDS, fieldLabel, type EnumFieldPath, type TriStateFieldPath } from "../assessment/fields";
import type { Assessment } from "../assessment/schema";
import { INSTRUMENTS } from "../scores/index";
import type { InstrumentId, InstrumentResult } from "../scores/types";

/** The verdict in one sentence (no full stop). Not applicable: "would meet", never "meets". */
export function verdict(r: InstrumentResult): string {
  if (r.meetsThreshold === true) {
    return r.applicable ? "Meets the published threshold" : "Would meet the published threshold — shown for teaching, does not apply here";
  }
  if (r.meetsThreshold === false) return "Below the published threshold";
  return "Not yet decided — missing data could still change it";
}

/** One possible answer to the deciding field, and the result it gives. */
export interface DecidingOutcome {
  /** The answer as the form words it ("yes", "no", an option's label). */
  readonly answer: string;
  /** The result with that answer, in the instrument's own terms ("grade 3", "190 points"). */
  readonly result: string;
}

/** The one unknown field that decides the result, and the result for each answer. */
export interface DecidingAnswer {
  readonly field: string;
  readonly label: string;
  readonly outcomes: readonly DecidingOutcome[];
}

/** The answers a field can take: yes/no for a finding, the options of a choice; numbers have too many to list. */
function answersOf(path: string): readonly { readonly value: unknown; readonly answer: string }[] {
  if (path in TRI_STATE_FIELDS) {
    return [
      { value: true, answer: "yes" },
      { value: false, answer: "no" },
    ];
  }
  if (path in ENUM_FIELDS) {
    const options: Readonly<Record<string, string>> = ENUM_FIELDS[path as EnumFieldPath].options;
    return Object.entries(options).map(([value, label]) => ({ value, answer: label }));
  }
  return [];
}

/** A copy of the assessment with one field set ("context.feverOtherCause" → context.feverOtherCause). */
function withField(assessment: Assessment, path: TriStateFieldPath | EnumFieldPath | string, value: unknown): Assessment {
  const [section, key] = path.split(".") as [string, string];
  const sections = assessment as unknown as Readonly<Record<string, Readonly<Record<string, unknown>> | undefined>>;
  return { ...assessment, [section]: { ...sections[section], [key]: value } } as Assessment;
}

/** The result in the instrument's own terms: a grade, points, or criteria met. */
export function resultInWords(r: InstrumentResult): string {
  const figure = r.value !== null ? String(r.value) : `${r.min}–${r.max}`;
  switch (r.id) {
    case "astct-crs":
    case "astct-icans":
      return `grade ${figure}`;
    case "hscore":
    case "isth-dic":
      return `${figure} points`;
    case "hlh-2004":
      return `${figure} of 8 criteria`;
    case "chis":
      return `${figure} of 6 criteria`;
    case "mas-2016":
      return `${figure} of 4 criteria`;
    case "qsofa":
      return `${figure} of 3`;
  }
}

/**
 * When exactly one unknown yes/no or choice field is all that keeps the result open, that field and
 * the result for each answer (found by scoring the instrument again with the field set); answers
 * giving the same result are listed together. Otherwise null: the range says it.
 */
export function decidingAnswer(assessment: Assessment, r: InstrumentResult): DecidingAnswer | null {
  if (r.value !== null || r.min === r.max || r.missing.length !== 1) return null;
  const field = r.missing[0]!;
  const answers = answersOf(field);
  if (answers.length === 0) return null;
  const score = INSTRUMENTS[r.id as InstrumentId];
  const byResult = new Map<string, string[]>();
  for (const { value, answer } of answers) {
    const result = resultInWords(score(withField(assessment, field, value)));
    byResult.set(result, [...(byResult.get(result) ?? []), answer]);
  }
  const outcomes = [...byResult].map(([result, given]) => ({ answer: given.join(" or "), result }));
  return { field, label: fieldLabel(field), outcomes };
}

/** "Grade 3 if “Fever attributable to another cause” is no; grade 0 if yes." */
export function decidingAnswerSentence(d: DecidingAnswer): string {
  const parts = d.outcomes.map((o, i) => (i === 0 ? `${o.result} if “${d.label}” is ${o.answer}` : `${o.result} if ${o.answer}`));
  const sentence = `${parts.join("; ")}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
