/**
 * Warnings on text that looks like a patient identifier (issue 30, item 3): a scenario is shared
 * as a file and a link, so it must carry none — ../shared/spec: "no identifiers". The studio
 * warns before saving; it never blocks (a pattern can be wrong) and never sends anything.
 *
 * What is looked for, and why each pattern is narrow enough that clinical text stays quiet:
 * - a date of birth: the words ("DOB", "date of birth", "born"), or a full calendar date with a
 *   year ("12/03/1961", "1961-03-12", "12 March 1961") — a scenario counts relative days, so a
 *   calendar date has no teaching use; "day 3", "84/50", "10/10" and "08:00" have no year;
 * - a record number: its name ("MRN", "NHS number", "hospital number", "record number", "patient
 *   ID"), an NHS-style 3-3-4 run ("943 476 5919"), or a run of 7 digits or more that is not a
 *   measurement (no unit after it) — laboratory values are at most 6 digits ("ferritin 8 500",
 *   "D-dimer 24 000 ng/mL FEU") and thousands are grouped;
 * - a name after a title: "Mr", "Mrs", "Ms", "Miss", "Mx", "Dr" or "Prof" followed by a capitalised word.
 */
import { stageTitle, type DraftPlace, type StudioDraft } from "./draft";

export interface IdentifierWarning {
  /** The text that looks like an identifier. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Why, in plain words. */
  readonly reason: string;
}

/** A warning and where it was found in a draft: the page, part and field, as the studio names them. */
export interface DraftIdentifierWarning extends IdentifierWarning, DraftPlace {}

const MONTHS = "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?";

const PATTERNS: readonly { readonly pattern: RegExp; readonly reason: string }[] = [
  { pattern: /\b(?:D\.?O\.?B\.?|date of birth|born)\b/gi, reason: "Names a date of birth: a scenario gives the age, never the birth date." },
  {
    pattern: new RegExp(`\\b(?:\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)? (?:${MONTHS})\\.?,? \\d{4}|(?:${MONTHS})\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4})\\b`, "gi"),
    reason: "A calendar date: a scenario counts days relative to day 0, and a real date can identify the patient.",
  },
  {
    // "no." only with its full stop: "Record no other cause" is a checklist's words, not a number's name.
    pattern: /\b(?:MRN|(?:NHS|hospital|(?:medical )?record|UR|CHI|case) (?:no\.|number)|patient ID)(?=\W|$)/gi,
    reason: "Names a record number: a scenario must not carry the patient's numbers.",
  },
  { pattern: /(?<![\d.])\d{3}[ -]\d{3}[ -]\d{4}(?!\d|\.\d)/g, reason: "Looks like an NHS-style number (3-3-4 digits)." },
  {
    // A unit after it makes it a measurement ("IL-6 1200000 pg/mL").
    pattern: /(?<![\d.])\d{7,}(?!\d|\.\d)(?!\s*(?:[µnpmk]?g\b|[µnpm]?g\/|[µm]?mol|U\/|I?U\b|×|\/|%|°|mmHg|s\b|L\/|cells))/g,
    reason: "A run of 7 or more digits with no unit: it looks like a record number, not a measurement.",
  },
  { pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.? [A-Z][\p{L}'’-]+/gu, reason: "A title followed by a name: describe the patient (\"a 61-year-old man\"), never name them." },
];

/** Every stretch of `text` that looks like a patient identifier, in order. */
export function identifierWarnings(text: string): readonly IdentifierWarning[] {
  return PATTERNS.flatMap(({ pattern, reason }) =>
    [...text.matchAll(pattern)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, reason })),
  ).toSorted((a, b) => a.start - b.start);
}

/** Every text an instructor writes in a draft, with the part and field it is edited in. */
type DraftText = DraftPlace & { readonly text: string };

function draftTexts(draft: StudioDraft): DraftText[] {
  const cover: DraftText[] = [
    { page: "cover", part: "Cover", field: "Title for the instructor", text: draft.cover.title },
    { page: "cover", part: "Cover", field: "What it teaches", text: draft.cover.teaches },
  ];
  const stages = draft.stages.flatMap((stage, i): DraftText[] => {
    const part = stageTitle(stage, i);
    return [
      ...(stage.answerKey.label ? [{ page: "case" as const, part, field: "Case label", text: stage.answerKey.label }] : []),
      ...stage.vignette.map((text, n): DraftText => ({ page: "vignette", part, field: `Vignette paragraph ${n + 1}`, text })),
      ...stage.checklist.flatMap((item, n): DraftText[] => [
        { page: "expected", part, field: `Checklist item ${n + 1}`, text: item.label },
        { page: "expected", part, field: `Checklist item ${n + 1} teaching point`, text: item.teachingPoint },
      ]),
      ...(stage.teachingPoint ? [{ page: "expected" as const, part, field: "Teaching point with the predictions", text: stage.teachingPoint }] : []),
    ];
  });
  return [...cover, ...stages];
}

/** Every identifier-like text anywhere in a draft, to show before it is saved or shared. */
export function draftIdentifierWarnings(draft: StudioDraft): readonly DraftIdentifierWarning[] {
  return draftTexts(draft).flatMap(({ page, part, field, text }) => identifierWarnings(text).map((warning) => ({ ...warning, page, part, field })));
}
