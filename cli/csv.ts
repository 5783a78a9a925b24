/**
 * `score --format csv`: one row per assessment, as a spreadsheet, R or pandas reads it (RFC 4180:
 * comma-separated, CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled).
 */
import type { Assessment } from "@/lib/assessment/schema";
import { INSTRUMENT_IDS } from "@/lib/scores/types";
import type { Screening } from "@/lib/screen/screen";

/** Per instrument: `<id>.value`, `.min`, `.max`, `.verdict` and `.applicable` (the order csvRow writes them in). */
const INSTRUMENT_COLUMNS = ["value", "min", "max", "verdict", "applicable"] as const;

export const CSV_HEADER: readonly string[] = ["index", "label", "level", ...INSTRUMENT_IDS.flatMap((id) => INSTRUMENT_COLUMNS.map((column) => `${id}.${column}`))];

/**
 * The published threshold's verdict: `unknown` while missing data could still change it (unknown is
 * never read as normal). It does not say whether the instrument applies to this patient: the
 * `.applicable` column does, and `level` takes both into account.
 */
export function verdict(meetsThreshold: boolean | null): "met" | "not-met" | "unknown" {
  if (meetsThreshold === null) return "unknown";
  return meetsThreshold ? "met" : "not-met";
}

/**
 * A text field (the label: the only free text here). Quoted when it holds a comma, a quote or a
 * line break, quotes doubled. Text starting with `=`, `+`, `-`, `@` (or a tab or carriage return)
 * gets a leading `'`, so a spreadsheet shows it as text instead of running it as a formula (OWASP,
 * "CSV injection").
 */
export function csvText(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A number or a yes/no as it is; unknown (null) as an empty cell. These never need quoting. */
const cell = (value: number | boolean | null): string => (value === null ? "" : String(value));

/** The row of the assessment at `index` (0-based, its place in the input), without the line end. */
export function csvRow(index: number, assessment: Assessment, screening: Screening): string {
  let row = `${index},${csvText(assessment.label ?? "")},${screening.level}`;
  for (const result of screening.instruments) {
    row += `,${cell(result.value)},${result.min},${result.max},${verdict(result.meetsThreshold)},${cell(result.applicable)}`;
  }
  return row;
}

export const CSV_LINE_END = "\r\n";
