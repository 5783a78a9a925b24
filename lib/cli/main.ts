/**
 * The `crs-screen` command line (../shared/spec/ASSESSMENT.md, "The command line"). Pure over its
 * I/O so tests drive it directly; no framework code on this path (start-up matters).
 */
import * as z from "zod";
import { AssessmentSchema } from "../assessment/schema";
import type { Assessment } from "../assessment/schema";
import { quickAccept } from "../assessment/quick-accept";
import { validateAssessment, type ValidationProblem } from "../assessment/validate";
import { builtinScenarios } from "../scenarios/builtin/index";
import { parseScenario, runScenario, type ScenarioRun } from "../scenarios/runner";
import { ScenarioSchema, type Scenario } from "../scenarios/schema";
import { screen, type Screening } from "../screen/screen";

export interface CliIo {
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
  /** JSON files directly inside a folder, or null when the path is not a folder. */
  readonly listJsonFiles: (path: string) => string[] | null;
}

export const USAGE = `Usage: crs-screen <command>

  score FILE|-         Score one Assessment or an array of them (JSON; - reads stdin).
                       Prints the Screening (or an array, same order) as JSON.
  scenarios [PATH…]    Run scenario checklists (files or folders of .json; the built-in
                       library by default). Prints a pass/fail table; exit 1 on a failure.
  schema [scenario]    Print the JSON Schema of the Assessment (or of a scenario file).

Exit codes: 0 ok; 1 a scenario expectation failed; 2 invalid input or usage (or output
that cannot be written).
crs-screen is educational and non-diagnostic.`;

class InputError extends Error {}

/**
 * Lines (one Screening each) per write on the single-threaded path: few enough that each write's
 * text stays a young, short-lived object (strings of megabytes go to the old generation and make
 * the collector walk the whole parsed input again), enough to keep write calls few. (Threads gather
 * bytes in 1 MB chunks instead: parallel.ts.)
 */
export const LINES_PER_WRITE = 16;

/** The one line for output that cannot be written (a full disk, a broken device), on one thread or several. */
export function outputFailure(code: string): string {
  return `crs-screen: cannot write the output (${code})`;
}

function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // One line, whatever the parser quotes back (it may quote the text around the error, newlines included).
    throw new InputError(`${source}: not valid JSON (${(error as Error).message.replace(/\s+/g, " ").trim()})`);
  }
}

function read(io: CliIo, path: string): string {
  try {
    return path === "-" ? io.readStdin() : io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code ?? (error as Error).message})`);
  }
}

function problemLines(problems: readonly ValidationProblem[], prefix: string): string[] {
  return problems.map((p) => {
    const path = p.path === "" || p.path.startsWith("[") || prefix === "" ? `${prefix}${p.path}` : `${prefix}.${p.path}`;
    return `${path || "(top level)"}: ${p.message}`;
  });
}

/** An item that failed validation: its index among the items checked, and its problems. */
export interface InvalidItem {
  readonly offset: number;
  readonly problems: readonly ValidationProblem[];
}

/** Valid items. */
export interface ValidItems {
  readonly assessments: Assessment[];
}

/**
 * Sorts items into valid Assessments and invalid items. Valid items are returned as given: the
 * schema has no transforms and strict objects, so an item that passes is already the Assessment,
 * and keeping zod's copy of twenty thousand of them would only double the memory the garbage
 * collector has to walk. A plainly valid item is vouched for by quickAccept (several times faster
 * than zod/mini's parser); zod checks the rest and words
 * their problems.
 */
export function sortItems(items: readonly unknown[]): ValidItems & { readonly invalid: InvalidItem[] } {
  const assessments: Assessment[] = [];
  const invalid: InvalidItem[] = [];
  items.forEach((item, offset) => {
    if (quickAccept(item)) {
      assessments.push(item);
      return;
    }
    const result = validateAssessment(item);
    if (result.ok) assessments.push(item as Assessment);
    else invalid.push({ offset, problems: result.problems });
  });
  return { assessments, invalid };
}

/** One line per problem; `indexed` (the input was an array): each names its item, `[first + offset]`. */
export function invalidItemLines(invalid: readonly InvalidItem[], indexed: boolean, first = 0): string[] {
  return invalid.flatMap(({ offset, problems }) => problemLines(problems, indexed ? `[${first + offset}]` : ""));
}

/** sortItems, with the problems as the lines `score` prints. */
export function checkItems(items: readonly unknown[], indexed: boolean): ValidItems & { readonly problems: string[] } {
  const { assessments, invalid } = sortItems(items);
  return { assessments, problems: invalidItemLines(invalid, indexed) };
}

/**
 * What `score` prints for a run of an array's items, piece by piece: each Screening, then the text
 * that follows it. The array `opens` with `[` and a newline, holds one Screening per line (a comma
 * ends every line but the last) and `closes` with `]` and a newline. What follows an item depends
 * only on whether it is the array's last, so threads that each print a run of items (parallel.ts)
 * print, together, the very bytes one thread prints. Pieces, not joined lines: each is written out
 * as it is (joining would only make strings the writer must copy again), and the threads write a
 * Screening's JSON bytes directly (json-bytes.ts).
 */
export function* arrayPieces({ assessments }: ValidItems, opens = true, closes = true): Generator<Screening | string> {
  if (opens) yield "[\n";
  const last = assessments.length - 1;
  for (let offset = 0; offset <= last; offset++) {
    yield screen(assessments[offset]!);
    yield closes && offset === last ? "\n" : ",\n";
  }
  if (closes) yield "]\n";
}

/** arrayPieces as text. */
export function* arrayText(items: ValidItems, opens = true, closes = true): Generator<string> {
  for (const piece of arrayPieces(items, opens, closes)) yield typeof piece === "string" ? piece : JSON.stringify(piece);
}

function score(io: CliIo, args: readonly string[]): number {
  if (args.length !== 1) throw new InputError("score takes one FILE (or - for stdin)");
  const input = parseJson(read(io, args[0]!), args[0] === "-" ? "stdin" : args[0]!);
  const indexed = Array.isArray(input);
  const { assessments, problems } = checkItems(indexed ? input : [input], indexed);
  if (problems.length > 0) {
    io.err(problems.join("\n"));
    return 2;
  }
  if (!indexed) {
    io.out(JSON.stringify(screen(assessments[0]!)));
    return 0;
  }
  // Everything is validated before anything is printed; then screenings are written LINES_PER_WRITE
  // lines at a time, so twenty thousand of them never sit in memory as one string. io.out adds the
  // last line's newline itself.
  let text = "";
  let lines = 0;
  for (const fragment of arrayText({ assessments })) {
    text += fragment;
    if (fragment.endsWith("\n") && ++lines === LINES_PER_WRITE) {
      io.out(text.slice(0, -1));
      text = "";
      lines = 0;
    }
  }
  if (text !== "") io.out(text.slice(0, -1));
  return 0;
}

function loadScenarios(io: CliIo, paths: readonly string[]): { scenarios: Scenario[]; problems: string[] } {
  if (paths.length === 0) return { scenarios: [...builtinScenarios()], problems: [] };
  const scenarios: Scenario[] = [];
  const problems: string[] = [];
  const files = paths.flatMap((path) => {
    const listed = io.listJsonFiles(path);
    if (listed !== null && listed.length === 0) problems.push(`${path}: no scenario files (*.json) in this folder`);
    return listed ?? [path];
  });
  for (const file of files) {
    let json: unknown;
    try {
      json = parseJson(read(io, file), file);
    } catch (error) {
      problems.push((error as Error).message);
      continue;
    }
    const parsed = parseScenario(json);
    if (parsed.ok) scenarios.push(parsed.scenario);
    else problems.push(...problemLines(parsed.problems, "").map((line) => `${file}: ${line}`));
  }
  return { scenarios, problems };
}

export function formatRunTable(runs: readonly ScenarioRun[]): string {
  const rows = runs.map((run) => [
    run.passed ? "PASS" : "FAIL",
    run.id,
    run.expectedFailures.length === 0 ? "ok" : `${run.expectedFailures.length} off`,
    `${run.checklistPassed}/${run.checklist.length}`,
  ]);
  const header = ["result", "scenario", "expected", "checklist"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join("  ").trimEnd();
  const details = runs.flatMap((run) => [
    ...run.expectedFailures.map((f) => `  ${run.id}: expected result — ${f}`),
    ...run.checklist.filter((c) => !c.passed).map((c) => `  ${run.id}: checklist "${c.id}" — ${c.detail}`),
  ]);
  const passed = runs.filter((r) => r.passed).length;
  return [line(header), ...rows.map(line), ...(details.length ? ["", ...details] : []), "", `${passed} passed, ${runs.length - passed} failed`].join("\n");
}

function scenarios(io: CliIo, args: readonly string[]): number {
  const { scenarios: loaded, problems } = loadScenarios(io, args);
  if (problems.length > 0) {
    io.err(problems.join("\n"));
    return 2;
  }
  const runs = loaded.map((s) => runScenario(s));
  io.out(formatRunTable(runs));
  return runs.every((r) => r.passed) ? 0 : 1;
}

function schema(io: CliIo, args: readonly string[]): number {
  const which = args[0] ?? "assessment";
  if (which !== "assessment" && which !== "scenario") throw new InputError(`schema: unknown schema "${which}" (assessment or scenario)`);
  const target = which === "assessment" ? AssessmentSchema : ScenarioSchema;
  io.out(JSON.stringify(z.toJSONSchema(target, { io: "input", unrepresentable: "any" }), null, 2));
  return 0;
}

export function main(argv: readonly string[], io: CliIo): number {
  const [command, ...args] = argv;
  try {
    switch (command) {
      case "score":
        return score(io, args);
      case "scenarios":
        return scenarios(io, args);
      case "schema":
        return schema(io, args);
      case "help":
      case "--help":
      case "-h":
        io.out(USAGE);
        return 0;
      default:
        io.err(command === undefined ? USAGE : `Unknown command "${command}".\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof InputError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}
