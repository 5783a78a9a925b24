/**
 * The studio's check of a stage's vignette against its answer key (issue 30): a trainee cannot be
 * expected to enter what they were not told, nor to enter the key's value when the vignette gives
 * another. Two lists:
 *
 * 1. **Unstated values** — each value of the answer key the vignette does not state:
 *    - a number is stated when any number written in the vignette equals it in any unit the form
 *      offers for the field, rounded either to that unit's laboratory precision (`thresholdText`)
 *      or as the form puts it back in a field (`editableText`) — both lib/units/format.ts — so
 *      "haemoglobin 112 g/L" states 11.2 g/dL and "triglycerides 310 mg/dL" states 3.500056 mmol/L.
 *      Where in the text the number stands is not read (lenient on purpose: a wrong "unstated"
 *      would teach the instructor to ignore the marks). The PT is asked as seconds above the upper
 *      limit, so it is also stated by the difference of two numbers ("PT 15.2 s, upper limit 12.0 s");
 *    - a yes/no finding or a choice is stated when its words appear (./stating-words.ts: the
 *      label, or a word clinicians write for it), whichever way round ("no hepatomegaly" states
 *      hepatomegaly = false as "hepatomegaly" would: whether it says present or absent is read by
 *      the instructor);
 *    - a value left unknown (absent or null) has nothing to state; the context may be stated on an
 *      earlier day of an unfolding scenario (the app carries the context forward).
 * 2. **Contradicting numbers** — each number the vignette gives for a field that is not the answer
 *    key's value. A number belongs to a field when that field's words (its label or a synonym)
 *    stand before it in the same clause, with no other number between them ("ferritin 8 500
 *    ng/mL"), or, with no such words, when the unit after it is used by that field alone ("39.2
 *    °C"). A written unit the field does not use leaves the number alone (it is about something
 *    else). "a/b" after "blood pressure" is systolic/diastolic; after any other field ("ICE
 *    10/10") the second number is the scale's maximum.
 */
import { FIELD_PATHS, FIELDS, NUMERIC_FIELDS, type FieldPath, type NumericFieldPath } from "../../assessment/fields";
import { valueAt } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { editableText, readingText, thresholdText } from "../../units/format";
import { QUANTITIES, fromCanonical, isConvertible, quantityOf, type Quantity, type UnitOf } from "../../units/units";
import { NUMBER_WORDS, findingWords } from "./stating-words";
import { valuePhrase } from "./vignette-draft";

/** A value of the answer key the vignette does not state. */
interface UnstatedValue {
  readonly path: FieldPath;
  readonly label: string;
  /** The value in words the vignette could add ("highest temperature 39.2 °C", "no hepatomegaly"). */
  readonly value: string;
}

/** A number of the vignette that disagrees with the answer key. */
interface ContradictingNumber {
  readonly path: NumericFieldPath;
  readonly label: string;
  /** Where it stands: the paragraph (0-based) and the span of the number and its unit in it. */
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The answer key's value in words; null when the key leaves the field unknown. */
  readonly answerKey: string | null;
  /**
   * The vignette gives the key's value too, elsewhere ("fever to 39.4 °C yesterday; 37.6 °C
   * today"): a narrative of change rather than a slip — still marked, so the instructor makes sure
   * the trainee can tell which value is the one to enter.
   */
  readonly keyAlsoStated: boolean;
}

export interface VignetteCheck {
  readonly unstated: readonly UnstatedValue[];
  readonly contradicting: readonly ContradictingNumber[];
}

interface WrittenNumber {
  readonly value: number;
  readonly start: number;
  readonly end: number;
}

/**
 * A number as written: thousands grouped with a space of any width ("8 500"), a decimal point, a
 * minus only after a space or a bracket ("day −2"). Digits inside a name or a unit are not
 * numbers: "IL-6", "CD25", "HLH-2004", "×10⁹/L", "SpO₂".
 */
const NUMBER = /(?<![\p{L}\p{N}.×^])(?<!\p{L}-)(?:(?<=^|[\s(])[-−])?(?:\d{1,3}(?:[ \u00A0\u2009\u202F]\d{3})+(?!\d)|\d+)(?:\.\d+)?(?![\p{N}])/gu;

function numbersIn(text: string): WrittenNumber[] {
  return [...text.matchAll(NUMBER)].map((m) => ({
    value: Number(m[0].replace(/[ \u00A0\u2009\u202F]/g, "").replace("−", "-")),
    start: m.index,
    end: m.index + m[0].length,
  }));
}

/** "a 61-year-old": the age, whatever else "years" counts ("2 years after transplant"). */
const AGE_WORD = "year-old";

/** Units written other than as the field tables print them, and the unit they stand for. */
const UNIT_ALIASES: Readonly<Record<string, string>> = { "-year-old": AGE_WORD, "year-old": AGE_WORD, "years old": AGE_WORD, bpm: "/min", "beats/min": "/min", "breaths/min": "/min" };

/**
 * Units of no field: a number followed by one is a duration or a dose ("in the last 24 hours",
 * "8 mg/kg"), never a value to check, and the clause after it starts afresh.
 */
const OTHER_UNITS = ["hours", "hour", "h", "hrs", "minutes", "min", "weeks", "week", "months", "month", "mg/kg", "mg", "mcg", "µg", "mL", "kg", "cm", "times"];

/** The units the form offers for a field (its stored unit alone when it has no others). */
function unitsOf(path: NumericFieldPath): readonly string[] {
  if (isConvertible(path)) return Object.keys(QUANTITIES[quantityOf(path)].units);
  const unit = NUMERIC_FIELDS[path].unit;
  return unit ? [unit] : [];
}

const NUMERIC_PATHS = Object.keys(NUMERIC_FIELDS) as NumericFieldPath[];

/** Every unit symbol a number may be followed by, longest first (so "mg/dL" is not read as "mg"). */
const UNIT_SYMBOLS: readonly string[] = [...new Set([...NUMERIC_PATHS.flatMap(unitsOf), ...Object.keys(UNIT_ALIASES), ...OTHER_UNITS])].toSorted((a, b) => b.length - a.length);

/** The unit written right after a number, as the field tables spell it; undefined when none. */
function unitAfter(text: string, end: number): { readonly unit: string; readonly end: number } | undefined {
  const gap = /^[ \u00A0\u2009\u202F]*/.exec(text.slice(end))![0].length;
  const rest = text.slice(end + gap);
  const symbol = UNIT_SYMBOLS.find((s) => rest.toLowerCase().startsWith(s.toLowerCase()) && !/^\p{L}/u.test(rest.slice(s.length)));
  return symbol === undefined ? undefined : { unit: UNIT_ALIASES[symbol] ?? symbol, end: end + gap + symbol.length };
}

/** Counts (days, years, points) say nothing about which field a number is: "for 3 days" is not the days since infusion. */
const COUNTED_UNITS: ReadonlySet<string> = new Set(["days", "years", "points"]);

/** Whether `written`, in `unit` (any unit the field takes when none), is the canonical `value` as the app writes it. */
function writes(path: NumericFieldPath, value: number, written: number, unit: string | undefined): boolean {
  const units = unit === undefined ? unitsOf(path) : [unit];
  return (units.length === 0 ? [""] : units).some((u) => {
    if (Number(thresholdText(path, value, u)) === written || Number(editableText(path, value, u)) === written) return true;
    const exact = isConvertible(path) && u !== "" ? fromCanonical(quantityOf(path) as Quantity, u as UnitOf<Quantity>, value) : value;
    // As the review reads it ("≈ 1.298 mmol/L"): what the studio's own drafted sentence writes.
    const read = Number(readingText(exact).replace(/[≈\s]/g, ""));
    return read === written || Math.abs(exact - written) < 1e-9 * Math.max(1, Math.abs(exact));
  });
}

/** The PT above the upper limit, worked out from the PT and the limit the vignette gives ("PT 15.2 s, upper limit 12.0 s"). */
function differences(numbers: readonly WrittenNumber[]): number[] {
  return numbers.flatMap((a) => numbers.map((b) => Math.round((a.value - b.value) * 1e9) / 1e9));
}

/** Small counts written in words ("one day since the dose"): they state a value as digits do. */
const COUNT_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];

function numberStated(path: NumericFieldPath, value: number, numbers: readonly WrittenNumber[], text: string): boolean {
  const candidates = numbers.map((n) => n.value);
  const word = COUNT_WORDS[value];
  if (word !== undefined && new RegExp(`\\b${word}\\b`, "i").test(text)) return true;
  if (path === "labs.ptProlongationSeconds") candidates.push(...differences(numbers), ...candidates.map((n) => -n));
  return candidates.some((n) => writes(path, value, n, undefined));
}

function isStated(path: FieldPath, value: unknown, text: string, numbers: readonly WrittenNumber[]): boolean {
  if (typeof value === "number") return numberStated(path as NumericFieldPath, value, numbers, text) || (findingWordsForCount(path, value)?.test(text) ?? false);
  return findingWords(path, value)?.test(text) ?? true;
}

/** A count clinicians write in words: "no vasopressor", "one vasopressor". */
function findingWordsForCount(path: FieldPath, value: number): RegExp | undefined {
  if (path !== "vitals.vasopressorsExcludingVasopressin") return undefined;
  return [/\bno (fluids or )?vasopressors?\b|without (any )?vasopressor/i, /\bone vasopressor|single vasopressor|noradrenaline|norepinephrine/i, /two vasopressors/i][value];
}

const escaped = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Each numeric field's words as one pattern each, matched as whole words. */
const FIELD_WORD_PATTERNS: readonly { readonly path: NumericFieldPath; readonly pattern: RegExp }[] = NUMERIC_PATHS.map((path) => ({
  path,
  pattern: new RegExp(`(?<![\\p{L}\\p{N}])(?:${NUMBER_WORDS[path].map(escaped).join("|")})(?![\\p{L}])`, "giu"),
}));

/**
 * Words of a measure the Assessment does not hold ("GCS 15", "upper limit 12.0 s"): a number
 * after one belongs to it, not to a field named earlier in the clause ("ICE 10/10 (GCS 15)").
 */
const OTHER_MEASURES = /(?<![\p{L}])(?:GCS|Glasgow|upper (reference )?limit|limit|reference|normal range|scale|cut-?off|threshold|up to|above|below|weight|height|dose|from|by)(?![\p{L}])/giu;

/**
 * The field whose words stand last in `window` (the longest when two end together: "ICE
 * orientation" over "ICE"); "other" when another measure's words stand later, or alone.
 */
function fieldNamedIn(window: string): NumericFieldPath | "other" | undefined {
  let best: { path: NumericFieldPath; end: number; length: number } | undefined;
  for (const { path, pattern } of FIELD_WORD_PATTERNS) {
    for (const m of window.matchAll(pattern)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m[0].length > best.length)) best = { path, end, length: m[0].length };
    }
  }
  const other = [...window.matchAll(OTHER_MEASURES)].at(-1);
  if (other && (!best || other.index + other[0].length > best.end)) return "other";
  return best?.path;
}

/** The only field using a unit of measurement, if one alone does ("°C", "L/min"; not "mmHg", shared by both pressures). */
function onlyFieldWith(unit: string): NumericFieldPath | undefined {
  if (unit === AGE_WORD) return "context.ageYears";
  if (COUNTED_UNITS.has(unit)) return undefined;
  const using = NUMERIC_PATHS.filter((path) => unitsOf(path).includes(unit));
  return using.length === 1 ? using[0] : undefined;
}

/** The clause a number stands in, up to it: from the previous number or the last full stop or semicolon. */
function windowBefore(text: string, from: number, to: number): string {
  const before = text.slice(from, to);
  const clause = Math.max(before.lastIndexOf(". "), before.lastIndexOf(";"));
  return clause === -1 ? before : before.slice(clause + 1);
}

/** The numbers of one paragraph that disagree with the key; `stageNumbers`, every number of the stage, tell whether the key's value is given elsewhere. */
function contradictionsIn(paragraph: string, index: number, answerKey: Assessment, stageNumbers: readonly WrittenNumber[]): ContradictingNumber[] {
  const numbers = numbersIn(paragraph);
  const found: ContradictingNumber[] = [];
  let previousEnd = 0;
  for (let i = 0; i < numbers.length; i++) {
    const number = numbers[i]!;
    // "84/50", "10/10", "1 of 4": two numbers of one reading.
    const pair = numbers[i + 1] !== undefined && /^(\/| of )$/.test(paragraph.slice(number.end, numbers[i + 1]!.start)) ? numbers[i + 1]! : undefined;
    const last = pair ?? number;
    const unit = unitAfter(paragraph, last.end);
    const named = fieldNamedIn(windowBefore(paragraph, previousEnd, number.start));
    previousEnd = (unit ?? last).end;
    if (pair) i++;
    if (named === "other") continue;
    const path = named ?? (unit ? onlyFieldWith(unit.unit) : undefined);
    const ageWord = unit?.unit === AGE_WORD;
    if (path === undefined || (unit && !unitsOf(path).includes(unit.unit) && !(path === "context.ageYears" && ageWord))) continue;
    const readings: [NumericFieldPath, WrittenNumber][] =
      pair && (path === "vitals.systolicBpMmHg" || path === "vitals.diastolicBpMmHg")
        ? [
            ["vitals.systolicBpMmHg", number],
            ["vitals.diastolicBpMmHg", pair],
          ]
        : [[path, number]];
    for (const [field, written] of readings) {
      const key = valueAt(answerKey, field);
      // An ICE total in the key stands for its items: the items the vignette lists are its parts, not another answer.
      if (field.startsWith("neuro.iceItems.") && key == null && typeof answerKey.neuro?.iceScore === "number") continue;
      const unitWritten = unit && !ageWord && readings.length === 1 ? unit.unit : undefined;
      if (typeof key === "number" && writes(field, key, written.value, unitWritten)) continue;
      if (typeof key === "number" && field === "labs.ptProlongationSeconds" && differences(stageNumbers).includes(key)) continue;
      const end = readings.length === 1 ? (unit ?? last).end : written.end;
      found.push({
        path: field,
        label: FIELDS[field].label,
        paragraph: index,
        start: written.start,
        end,
        text: paragraph.slice(written.start, end),
        answerKey: typeof key === "number" ? valuePhrase(field, key) : null,
        keyAlsoStated: typeof key === "number" && numberStated(field, key, stageNumbers, ""),
      });
    }
  }
  return found;
}

/**
 * What a stage's vignette leaves unstated of its answer key, and the numbers in it that disagree
 * with the key. `earlier`: the vignettes of the stages before, where the context may have been told.
 */
export function checkVignette(vignette: readonly string[], answerKey: Assessment, earlier: readonly string[] = []): VignetteCheck {
  const text = vignette.join("\n");
  const contextText = [...earlier, ...vignette].join("\n");
  const numbers = numbersIn(text);
  const contextNumbers = numbersIn(contextText);
  const unstated = FIELD_PATHS.flatMap((path): UnstatedValue[] => {
    const value = valueAt(answerKey, path);
    if (value === undefined || value === null) return [];
    const context = path.startsWith("context.");
    if (isStated(path, value, context ? contextText : text, context ? contextNumbers : numbers)) return [];
    return [{ path, label: FIELDS[path].label, value: valuePhrase(path, value) ?? String(value) }];
  });
  const contradicting = vignette.flatMap((paragraph, index) => contradictionsIn(paragraph, index, answerKey, numbers));
  return { unstated, contradicting };
}
