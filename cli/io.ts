/** What the commands read and write (real files and streams in bin.ts, strings in the tests), and how input problems are worded. */
import type { ValidationProblem } from "@/lib/assessment/validate";

export interface CliIo {
  /** A line (the newline is added) of a short answer: the usage, a table, a schema. */
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /** Text to stdout as it is; resolves when the reader can take more (so a slow reader slows us, not our memory). */
  readonly write: (text: string) => Promise<void>;
  readonly readFile: (path: string) => string;
  readonly readStdin: () => string;
  /** A file (or stdin for `-`) as UTF-8 text in chunks, read as they are asked for. */
  readonly readChunks: (path: string) => AsyncIterable<string>;
  /** JSON files directly inside a folder, or null when the path is not a folder. */
  readonly listJsonFiles: (path: string) => string[] | null;
}

/** Input or usage the command cannot work with: one line on stderr, exit 2. */
export class InputError extends Error {}

/** The name input is reported under. */
export const sourceName = (path: string): string => (path === "-" ? "stdin" : path);

/** What a read error says: its code (ENOENT, EISDIR…) when it has one. */
export const cannotRead = (path: string, error: unknown): InputError =>
  new InputError(`${path}: cannot read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);

export function parseJson(text: string, source: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    // One line, whatever the parser quotes back (it may quote the text around the error, newlines included).
    throw new InputError(`${source}: not valid JSON (${(error as Error).message.replace(/\s+/g, " ").trim()})`);
  }
}

export function read(io: CliIo, path: string): string {
  try {
    return path === "-" ? io.readStdin() : io.readFile(path);
  } catch (error) {
    throw cannotRead(path, error);
  }
}

/** One line per problem, each path after `prefix` (`[3]` names an array's item). */
export function problemLines(problems: readonly ValidationProblem[], prefix: string): string[] {
  return problems.map((p) => {
    const path = p.path === "" || p.path.startsWith("[") || prefix === "" ? `${prefix}${p.path}` : `${prefix}.${p.path}`;
    return `${path || "(top level)"}: ${p.message}`;
  });
}
