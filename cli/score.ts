/**
 * `crs-screen score`: Assessments in, Screenings out, in one of three formats.
 *
 * - json (the default) and csv read the whole input, validate every item, and print nothing when
 *   one is invalid: a file that is all there or not at all.
 * - ndjson streams: one item is read, checked, screened and written at a time, so memory stays flat
 *   however long the input. An invalid item is reported on stderr (named by its index) and skipped,
 *   the rest are still scored, and the exit code is 2; text that is not JSON stops the run there.
 */
import type { Assessment } from "@/lib/assessment/schema";
import { validateAssessment, type ValidationProblem } from "@/lib/assessment/validate";
import { screen } from "@/lib/screen/screen";
import { CSV_HEADER, CSV_LINE_END, csvRow } from "./csv";
import { cannotRead, InputError, parseJson, problemLines, read, sourceName, type CliIo } from "./io";
import { itemTexts, SplitError } from "./items";

export const SCORE_USAGE = `Usage: crs-screen score [--format json|ndjson|csv] FILE|-

Scores each Assessment in FILE (- reads stdin) and prints its Screening.

  --format json     (default) Input: one Assessment or a JSON array of them. Prints the
                    Screening, or an array of Screenings in the same order, one per line.
  --format ndjson   Input: a JSON array or NDJSON (one Assessment per line), streamed.
                    Prints one Screening per line. An invalid item is named on stderr and
                    skipped (exit 2 at the end); text that is not JSON stops the run.
  --format csv      Input: as for json. Prints a header row and one row per assessment
                    (RFC 4180): index, label, level, and for each instrument its value,
                    min, max, verdict (met, not-met, unknown) and applicable.

json and csv print nothing when any item is invalid: one line per problem on stderr,
naming the item's index and the field, exit 2.`;

const FORMATS = ["json", "ndjson", "csv"] as const;
type Format = (typeof FORMATS)[number];
const isFormat = (value: string | undefined): value is Format => FORMATS.includes(value as Format);

/**
 * A valid item is returned as given: the schema has no transforms and strict objects, so an item
 * that passes is already the Assessment.
 */
function checkItem(item: unknown): { readonly assessment: Assessment } | { readonly problems: readonly ValidationProblem[] } {
  const result = validateAssessment(item);
  return result.ok ? { assessment: item as Assessment } : { problems: result.problems };
}

/** The valid items, and one line per problem of the others; `indexed` (the input was an array): each line names its item, `[index]`. */
export function checkItems(items: readonly unknown[], indexed: boolean): { assessments: Assessment[]; problems: string[] } {
  const assessments: Assessment[] = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const checked = checkItem(item);
    if ("assessment" in checked) assessments.push(checked.assessment);
    else problems.push(...problemLines(checked.problems, indexed ? `[${index}]` : ""));
  });
  return { assessments, problems };
}

/** Writes lines (each with its line end) one at a time, as they are made. */
async function writeLines(io: CliIo, lines: Iterable<string> | AsyncIterable<string>): Promise<void> {
  for await (const line of lines) await io.write(line);
}

/** An array's Screenings, one per line: `[`, a line per Screening (a comma ending all but the last), `]`. */
function* jsonArrayLines(assessments: readonly Assessment[]): Generator<string> {
  yield "[\n";
  const last = assessments.length - 1;
  for (const [index, assessment] of assessments.entries()) yield `${JSON.stringify(screen(assessment))}${index === last ? "" : ","}\n`;
  yield "]\n";
}

function* csvLines(assessments: readonly Assessment[]): Generator<string> {
  yield `${CSV_HEADER.join(",")}${CSV_LINE_END}`;
  for (const [index, assessment] of assessments.entries()) yield `${csvRow(index, assessment, screen(assessment))}${CSV_LINE_END}`;
}

/** json and csv: the whole input, validated before anything is printed. */
async function scoreWhole(io: CliIo, path: string, format: "json" | "csv"): Promise<number> {
  const input = parseJson(read(io, path), sourceName(path));
  const indexed = Array.isArray(input);
  const { assessments, problems } = checkItems(indexed ? input : [input], indexed);
  if (problems.length > 0) {
    io.err(problems.join("\n"));
    return 2;
  }
  if (format === "csv") await writeLines(io, csvLines(assessments));
  else if (indexed) await writeLines(io, jsonArrayLines(assessments));
  else await io.write(`${JSON.stringify(screen(assessments[0]!))}\n`);
  return 0;
}

/** ndjson: each item's Screening line as the item arrives; invalid items reported and counted. */
async function* ndjsonLines(io: CliIo, path: string, tally: { invalid: number }): AsyncGenerator<string> {
  const source = sourceName(path);
  let index = 0;
  try {
    for await (const text of itemTexts(io.readChunks(path))) {
      const checked = checkItem(parseJson(text, `${source}: item [${index}]`));
      if ("assessment" in checked) yield `${JSON.stringify(screen(checked.assessment))}\n`;
      else {
        io.err(problemLines(checked.problems, `[${index}]`).join("\n"));
        tally.invalid++;
      }
      index++;
    }
  } catch (error) {
    if (error instanceof InputError) throw new InputError(`${error.message}; nothing after it was scored`);
    if (error instanceof SplitError) throw new InputError(`${source}: ${error.message}; nothing after it was scored`);
    if ((error as NodeJS.ErrnoException).code !== undefined) throw cannotRead(path, error);
    throw error;
  }
}

async function scoreStream(io: CliIo, path: string): Promise<number> {
  const tally = { invalid: 0 };
  await writeLines(io, ndjsonLines(io, path, tally));
  return tally.invalid > 0 ? 2 : 0;
}

function scoreArgs(args: readonly string[]): { readonly format: Format; readonly path: string } | "help" {
  let format: Format = "json";
  const paths: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--help" || arg === "-h") return "help";
    if (arg === "--format" || arg.startsWith("--format=")) {
      const value = arg === "--format" ? args[++i] : arg.slice("--format=".length);
      if (!isFormat(value)) throw new InputError(`score: --format takes json, ndjson or csv; got ${value === undefined ? "nothing" : `"${value}"`}`);
      format = value;
    } else if (arg.startsWith("-") && arg !== "-") {
      throw new InputError(`score: unknown option "${arg}" (crs-screen score --help lists them)`);
    } else paths.push(arg);
  }
  if (paths.length !== 1) throw new InputError("score takes one FILE (or - for stdin); crs-screen score --help says more");
  return { format, path: paths[0]! };
}

export async function score(io: CliIo, args: readonly string[]): Promise<number> {
  const parsed = scoreArgs(args);
  if (parsed === "help") {
    io.out(SCORE_USAGE);
    return 0;
  }
  return parsed.format === "ndjson" ? scoreStream(io, parsed.path) : scoreWhole(io, parsed.path, parsed.format);
}
