/**
 * The studio's helper for the vignette (issue 30): a neutral paragraph drafted from a stage's
 * answer key — one sentence per section of the form, each value as the field's label and the
 * value as the app writes it ("Highest temperature 39.2 °C, blood pressure 84/50 mmHg, heart
 * rate 128/min."). The instructor edits it into their own words.
 *
 * Only findings: never an instrument, a grade, a score's result or the level — the trainee is
 * to work those out. Labels come from lib/assessment/fields.ts and numbers from
 * lib/units/format.ts, so the draft reads as the form and the review do. Deterministic: the same
 * answer key always drafts the same words.
 */
import { ENUM_FIELDS, FIELD_PATHS, FIELDS, NUMERIC_FIELDS, type FieldPath, type NumericFieldPath } from "../../assessment/fields";
import { valueAt } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { joinUnit, readingText, withPublishedUnit } from "../../units/format";

/**
 * The two context questions whose labels name a syndrome or a diagnosis ("Molecular diagnosis
 * consistent with HLH", "CRS … was present before …"): the draft states the finding behind them
 * instead, so the vignette does not hand the trainee a conclusion's words.
 */
const NEUTRAL_WORDS: Partial<Readonly<Record<FieldPath, { readonly yes: string; readonly no: string }>>> = {
  "context.hlhMolecularDiagnosis": { yes: "an HLH-associated gene variant found on molecular testing", no: "no HLH-associated gene variant known" },
  "context.crsBeforeTherapy": {
    yes: "fever with no other cause was present before the antipyretic or anti-cytokine therapy",
    no: "fever with no other cause was not present before the antipyretic or anti-cytokine therapy",
  },
};

/** A label inside a sentence: "Haemoglobin" → "haemoglobin", but "SpO₂", "ICE score", "D-dimer" and "CRP" keep their capitals. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]+\b/.test(label) ? `${label[0]!.toLowerCase()}${label.slice(1)}` : label;
}

const capitalised = (text: string): string => `${text[0]!.toUpperCase()}${text.slice(1)}`;

/** One value in words, or null when the field is unknown (nothing to tell): what the draft writes, and what the vignette check suggests adding. */
export function valuePhrase(path: FieldPath, value: unknown): string | null {
  const field = FIELDS[path];
  if (value === null) return path.startsWith("neuro.iceItems.") ? `${inSentence(field.label)} not assessable` : null;
  if (value === undefined) return null;
  switch (field.kind) {
    case "number": {
      // In the stored unit, read as the review reads it ("≈" where a conversion left noise); a
      // per-unit joins the number as clinicians write it ("128/min", not "128 /min").
      const number = value as number;
      return `${inSentence(field.label)} ${withPublishedUnit(readingText(number), number, NUMERIC_FIELDS[path as NumericFieldPath].unit)}`;
    }
    case "finding": {
      const neutral = NEUTRAL_WORDS[path];
      if (neutral) return value === true ? neutral.yes : neutral.no;
      return value === true ? inSentence(field.label) : `no ${inSentence(field.label)}`;
    }
    case "choice": {
      const options: Readonly<Record<string, string>> = ENUM_FIELDS[path as keyof typeof ENUM_FIELDS].options;
      return `${inSentence(field.label)}: ${inSentence(options[value as string] ?? String(value))}`;
    }
  }
}

/**
 * Systolic and diastolic pressure as clinicians write them, "blood pressure 84/50 mmHg" — the one
 * pair the draft joins (two numbers of one measurement); either alone keeps its own label.
 */
function bloodPressure(answerKey: Assessment): string | null {
  const systolic = answerKey.vitals?.systolicBpMmHg;
  const diastolic = answerKey.vitals?.diastolicBpMmHg;
  if (typeof systolic !== "number" || typeof diastolic !== "number") return null;
  return `blood pressure ${readingText(systolic)}/${joinUnit(readingText(diastolic), diastolic, NUMERIC_FIELDS["vitals.diastolicBpMmHg"].unit)}`;
}

const SECTIONS = ["context", "vitals", "findings", "neuro", "labs", "pathology"] as const;

/** The drafted paragraph for one stage's answer key: a sentence per section with anything entered, in the form's order. */
export function draftVignette(answerKey: Assessment): string {
  const pair = bloodPressure(answerKey);
  const sentences = SECTIONS.flatMap((section) => {
    const phrases = FIELD_PATHS.filter((path) => path.startsWith(`${section}.`)).flatMap((path) => {
      if (pair && path === "vitals.systolicBpMmHg") return [pair];
      if (pair && path === "vitals.diastolicBpMmHg") return [];
      const words = valuePhrase(path, valueAt(answerKey, path));
      return words === null ? [] : [words];
    });
    return phrases.length === 0 ? [] : [`${capitalised(phrases.join(", "))}.`];
  });
  return sentences.join(" ");
}
