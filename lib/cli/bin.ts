/** Node entry of the CLI: real files, stdin and stdout. Bundled to dist/crs-screen.mjs. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { main, outputFailure, type CliIo } from "./main";
import { runScoringWorker, scoreInParallel, scoringThreads } from "./parallel";

/** The output thread of parallel.ts, bundled beside this file (scripts/build-cli.mjs). */
const OUTPUT_THREAD = new URL("./crs-screen-output.mjs", import.meta.url);

let stdoutWatched = false;

/**
 * Stdout, with a closed pipe (`crs-screen score big.json | head`) taken as the reader's choice,
 * not an error to report. Set up on first use only: the output thread of parallel.ts writes to the
 * file descriptor itself, and a pipe stays as the caller made it (Node would make it non-blocking).
 */
function stdout(): NodeJS.WriteStream {
  if (!stdoutWatched) {
    stdoutWatched = true;
    process.stdout.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
      process.stderr.write(`${outputFailure(error.code ?? error.message)}\n`);
      process.exit(2);
    });
  }
  return process.stdout;
}

/** Input is read once, even when the parallel path looks at it first (stdin cannot be read twice). */
const inputs = new Map<string, Buffer>();
const readBytes = (path: string): Buffer => {
  let bytes = inputs.get(path);
  if (bytes === undefined) {
    bytes = readFileSync(path === "-" ? 0 : path);
    inputs.set(path, bytes);
  }
  return bytes;
};
const readInput = (path: string): string => readBytes(path).toString("utf8");

const io: CliIo = {
  out: (text) => stdout().write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: readInput,
  readStdin: () => readInput("-"),
  listJsonFiles: (path) => {
    try {
      if (!statSync(path).isDirectory()) return null;
    } catch {
      return null;
    }
    return readdirSync(path)
      .filter((name) => name.endsWith(".json"))
      .sort()
      .map((name) => join(path, name));
  },
};

/** `score FILE` on a large array runs on several threads (parallel.ts); null when it does not apply. */
async function scoreLargeArray(argv: readonly string[]): Promise<number | null> {
  if (argv.length !== 2 || argv[0] !== "score") return null;
  let bytes: Buffer;
  try {
    bytes = readBytes(argv[1]!);
  } catch {
    return null; // main() reports it, with the same message as ever
  }
  const threads = scoringThreads(bytes);
  // null: not an array this path can cut, or not JSON; the single-threaded path scores it (or says why not).
  return threads < 2 ? null : scoreInParallel(bytes, threads, new URL(import.meta.url), OUTPUT_THREAD, io.err);
}

if (!runScoringWorker()) {
  const argv = process.argv.slice(2);
  process.exitCode = (await scoreLargeArray(argv)) ?? main(argv, io);
}
