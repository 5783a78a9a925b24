/**
 * `score --format csv`: one row per assessment, as a spreadsheet, R or pandas reads it (RFC 4180:
 * comma-separated, CRLF line ends, a header row, fields quoted when they hold a comma, a quote or a
 * line break, quotes doubled).
 */
import type { Assessment } from "@/lib/assessment/schema";
import { INSTRUMENT_IDS } from "@/lib/scores/types";
import type { InstrumentResult } from "@/lib/scores/types";
import type { Screening } from "@/lib/screen/screen";

/** Per instrument: `<id>.value`, `.min`, `.max`, `.verdict` and `.applicable`. */
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
 * One field. A text starting with `=`, `+`, `-`, `@` (or a tab or carriage return) gets a leading
 * `'`, so a spreadsheet shows a case label as text instead of running it as a formula (OWASP, "CSV
 * injection"); only labels are free text here.
 */
export function csvField(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function instrumentFields(result: InstrumentResult): (string | number | boolean | null)[] {
  return [result.value, result.min, result.max, verdict(result.meetsThreshold), result.applicable];
}

/** The row of the assessment at `index` (0-based, its place in the input), without the line end. */
export function csvRow(index: number, assessment: Assessment, screening: Screening): string {
  const fields = [index, assessment.label ?? null, screening.level, ...screening.instruments.flatMap(instrumentFields)];
  return fields.map(csvField).join(",");
}

export const CSV_LINE_END = "\r\n";
