/**
 * Moving a case without a server: a JSON file holding one Assessment or a Case of time-points. The file is untrusted input:
 * size first, then JSON, then the library's schema — each failure a message a person can act on,
 * the same field-named messages as the command line.
 */
import { SCHEMA_VERSION } from "../assessment/fields";
import type { Assessment } from "../assessment/schema";
import { validateAssessment, type ValidationProblem } from "../assessment/validate";
import { validateCase, type Case } from "../case/schema";
import { SCENARIO_NOT_CASE, fileKind } from "./file-kind";

/**
 * An Assessment is a few kilobytes (a fully entered one, pretty-printed, is under 4 KB); a Case
 * holds up to 60 of them (CASE.md), so the cap is 1 MB: room for the largest case, and still far
 * below what would stall the page.
 */
export const MAX_CASE_BYTES = 1024 * 1024;

/**
 * A file (or link) read: the Case it holds — a single Assessment is a Case of one time-point at
 * day 0 — and `assessment`, its first time-point, for readers of one Assessment.
 */
export type CaseReading =
  | { readonly ok: true; readonly assessment: Assessment; readonly case: Case }
  | { readonly ok: false; readonly problems: readonly ValidationProblem[] };

const problem = (message: string): CaseReading => ({ ok: false, problems: [{ path: "", message }] });

/** Reads a case from parsed JSON: schema version first (a clear message for other versions), then the schema. */
export function readCase(json: unknown): CaseReading {
  if (json === null || typeof json !== "object" || Array.isArray(json)) return problem("The file does not hold a crs-screen case (expected one JSON object).");
  if (fileKind(json) === "scenario") return problem(SCENARIO_NOT_CASE);
  if ("caseVersion" in json) {
    const read = validateCase(json);
    return read.ok ? { ok: true, assessment: read.case.timepoints[0]!.assessment, case: read.case } : { ok: false, problems: read.problems };
  }
  const version = (json as Record<string, unknown>).schemaVersion;
  if (version !== SCHEMA_VERSION) {
    return problem(
      version === undefined
        ? "The file has no schemaVersion: it is not a crs-screen case."
        : `The file uses schema version ${JSON.stringify(version)}; this crs-screen reads version ${SCHEMA_VERSION}.`,
    );
  }
  const result = validateAssessment(json);
  return result.ok
    ? { ok: true, assessment: result.assessment, case: { caseVersion: 1, timepoints: [{ at: { day: 0 }, assessment: result.assessment }] } }
    : { ok: false, problems: result.problems };
}

/** Reads a case file's text: size, JSON, then the schema. */
export function readCaseText(text: string): CaseReading {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_CASE_BYTES) return problem(`The file is ${Math.round(bytes / 1024)} KB; a case file is at most ${MAX_CASE_BYTES / 1024} KB.`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return problem(`The file is not valid JSON (${(error as Error).message.replace(/\s+/g, " ").trim()}).`);
  }
  return readCase(json);
}

