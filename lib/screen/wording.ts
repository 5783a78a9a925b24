/**
 * How an instrument's result is put into words on the result page (issue 15, item 8): an instrument
 * that does not apply never "meets" a threshold, and when one unknown answer decides the result, the
 * page says which answer gives which result instead of only a range. Pure; no React.
 */
import { unitFor } from "../plural";
import { ENUM_FIELDS, TRI_STATE_FIELDS, fieldLabel, type EnumFieldPath, type TriStateFieldPath } from "../assessment/fields";
import type { Assessment } from "../assessment/schema";
import { INSTRUMENTS, instrumentOf } from "../scores/index";
import type { InstrumentResult } from "../scores/types";

/** The verdict in one sentence (no full stop). Not applicable: "would meet", never "meets". */
export function verdict(r: InstrumentResult): string {
  if (r.meetsThreshold === true) {
    return r.applicable ? "Meets the published threshold" : "Would meet the published threshold — shown for teaching, does not apply here";
  }
  if (r.meetsThreshold === false) return "Below the published threshold";
  return "Not yet decided — missing data could still change it";
}

/** One field's answer, as the form words it ("no", an option's label). */
export interface DecidingCondition {
  readonly field: string;
  readonly answer: string;
}

/** One result, and the answers that give it. */
interface DecidingOutcome {
  /** When this result holds: alternatives (joined by "or"), each a set of answers (joined by "and"). */
  readonly when: readonly (readonly DecidingCondition[])[];
  /** The result with those answers, in the instrument's own terms ("grade 3", "190 points"). */
  readonly result: string;
  /** Whether that result meets the published threshold. */
  readonly meets: boolean | null;
}

/** The one or two unknown fields that decide the result, and the result for each combination of answers. */
export interface DecidingAnswer {
  readonly fields: readonly string[];
  readonly outcomes: readonly DecidingOutcome[];
}

/** At most this many open answers are worded; beyond, the range and the missing list say it better. */
const DECIDING_FIELDS_MAX = 2;

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

/** The result in the instrument's own terms, read from its scale: "grade 2", "169 points", "3 of 6 criteria", "2 of 3". */
export function resultInWords(r: InstrumentResult): string {
  const figure = r.value !== null ? String(r.value) : `${r.min}–${r.max}`;
  const { scale } = instrumentOf(r.id);
  switch (scale.kind) {
    case "grade":
      return `grade ${figure}`;
    case "points":
      if (scale.of !== undefined) return `${figure} of ${scale.of}`;
      return `${figure} ${r.value === null ? "points" : unitFor(r.value, "points")}`;
    case "count":
      return `${figure} of ${scale.of} criteria`;
  }
}

/**
 * When one or two unknown yes/no or choice fields are all that keep the result open, those fields
 * and the result for each combination of their answers (found by scoring the instrument again with
 * the fields set). A combination is worded by the fewest conditions that cover it: with two fields,
 * "A is yes" stands alone when every answer to B gives the same result. Otherwise null: the range
 * and the missing list say it.
 */
export function decidingAnswer(assessment: Assessment, r: InstrumentResult): DecidingAnswer | null {
  if (r.value !== null || r.min === r.max || r.missing.length === 0 || r.missing.length > DECIDING_FIELDS_MAX) return null;
  const fields = r.missing;
  const answers = fields.map(answersOf);
  if (answers.some((a) => a.length === 0)) return null;
  const { score } = INSTRUMENTS[r.id];
  // Every combination of answers (index per field), in the form's answer order, with its result.
  const combos: { readonly picks: readonly number[]; readonly result: string; readonly meets: boolean | null }[] = [];
  const walk = (picks: number[]) => {
    if (picks.length === fields.length) {
      const completed = score(picks.reduce((a, pick, i) => withField(a, fields[i]!, answers[i]![pick]!.value), assessment));
      combos.push({ picks, result: resultInWords(completed), meets: completed.meetsThreshold });
      return;
    }
    answers[picks.length]!.forEach((_, pick) => walk([...picks, pick]));
  };
  walk([]);
  const results = [...new Set(combos.map((c) => c.result))];
  const outcomes = results.map((result) => {
    const given = combos.filter((c) => c.result === result);
    return { result, meets: given[0]!.meets, when: fewestConditions(fields, answers, given.map((c) => c.picks)) };
  });
  return { fields, outcomes };
}

/**
 * Whether the open answers matter enough to say at a glance (the level, the summary table): they
 * decide the verdict, or they decide a grade (ASTCT CRS 1 or 3 is a different patient even when both
 * meet grade ≥ 1). HScore 34 or 69 points, both below 169, is left to the instrument's card.
 */
export function decidesAtAGlance(d: DecidingAnswer): boolean {
  return new Set(d.outcomes.map((o) => o.meets)).size > 1 || d.outcomes.every((o) => o.result.startsWith("grade "));
}

/** The combinations `picks` (each an answer index per field) as the fewest conditions that cover them. */
function fewestConditions(fields: readonly string[], answers: readonly (readonly { readonly answer: string }[])[], picks: readonly (readonly number[])[]): DecidingCondition[][] {
  const has = (p: readonly number[]) => picks.some((q) => q.every((v, i) => v === p[i]));
  if (fields.length === 1) return [[{ field: fields[0]!, answer: picks.map((p) => answers[0]![p[0]!]!.answer).join(" or ") }]];
  // Two fields: one field's answer stands alone when every answer to the other gives this result.
  const covered = new Set<string>();
  const alternatives: DecidingCondition[][] = [];
  fields.forEach((field, i) => {
    const other = 1 - i;
    answers[i]!.forEach((a, pick) => {
      const all = answers[other]!.map((_, o) => (i === 0 ? [pick, o] : [o, pick]));
      if (all.every(has)) {
        alternatives.push([{ field, answer: a.answer }]);
        for (const p of all) covered.add(p.join());
      }
    });
  });
  for (const p of picks) {
    if (!covered.has(p.join())) alternatives.push(fields.map((field, i) => ({ field, answer: answers[i]![p[i]!]!.answer })));
  }
  return alternatives;
}

/** "“Fever attributable to another cause” is no and “Hypotension …” is yes". */
export function conditionsInWords(when: readonly (readonly DecidingCondition[])[]): string {
  return when.map((all) => all.map((c) => `“${fieldLabel(c.field)}” is ${c.answer}`).join(" and ")).join(" or ");
}

/** "Grade 0 if “Fever attributable to another cause” is yes; grade 3 if it is no." */
export function decidingAnswerSentence(d: DecidingAnswer): string {
  const sentence = `${d.outcomes.map((o) => `${o.result} if ${conditionsInWords(o.when)}`).join("; ")}.`;
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}
