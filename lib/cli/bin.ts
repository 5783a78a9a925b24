/** Node entry of the CLI: real files, stdin and stdout. Bundled to dist/crs-screen.mjs. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { main, InputError, type CliIo } from "./main";
import { runScoringWorker, scoreInParallel, scoringThreads } from "./parallel";

// A closed pipe (`crs-screen score big.json | head`) is the reader's choice, not an error to report.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

/** Input is read once, even when the parallel path looks at it first (stdin cannot be read twice). */
const inputs = new Map<string, string>();
const readInput = (path: string): string => {
  let text = inputs.get(path);
  if (text === undefined) {
    text = path === "-" ? readFileSync(0, "utf8") : readFileSync(path, "utf8");
    inputs.set(path, text);
  }
  return text;
};

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
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
  const path = argv[1]!;
  let text: string;
  try {
    text = readInput(path);
  } catch {
    return null; // main() reports it, with the same message as ever
  }
  const threads = scoringThreads(text);
  if (threads < 2) return null;
  try {
    // null: not an array this pass can split; the single-threaded path scores it (or says why not).
    return await scoreInParallel(text, path === "-" ? "stdin" : path, threads, new URL(import.meta.url), {
      out: (bytes) => process.stdout.write(bytes),
      err: io.err,
    });
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.err(error.message);
    return 2;
  }
}

if (!runScoringWorker()) {
  const argv = process.argv.slice(2);
  process.exitCode = (await scoreLargeArray(argv)) ?? main(argv, io);
}
