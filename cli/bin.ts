/** Node entry of the CLI: real files, stdin and stdout. Bundled to dist/crs-screen.mjs (scripts/build-cli.mjs). */
import { createReadStream, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import type { CliIo } from "./io";
import { main } from "./main";

/**
 * Stdout fails: a closed pipe (`crs-screen score big.json | head`) is the reader's choice, not an
 * error to report; anything else (a full disk) is one line on stderr and exit 2.
 */
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`crs-screen: cannot write the output (${error.code ?? error.message})\n`);
  process.exit(2);
});

/** A readable stream as UTF-8 text chunks (the decoder keeps a character split across chunks whole). */
const textChunks = (stream: Readable): AsyncIterable<string> => stream.setEncoding("utf8") as AsyncIterable<string>;

const io: CliIo = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  // Wait for "drain" when stdout's buffer is full, so a slow reader does not make us hold the output.
  write: (text) => (process.stdout.write(text) ? Promise.resolve() : new Promise((resolve) => process.stdout.once("drain", resolve))),
  readFile: (path) => readFileSync(path, "utf8"),
  readStdin: () => readFileSync(0, "utf8"),
  readChunks: (path) => textChunks(path === "-" ? process.stdin : createReadStream(path)),
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

process.exitCode = await main(process.argv.slice(2), io);
