/** Node entry of the CLI: real files, stdin and stdout. Bundled to dist/crs-screen.mjs. */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { main } from "./main";

// A closed pipe (`crs-screen score big.json | head`) is the reader's choice, not an error to report.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const code = main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  readFile: (path) => readFileSync(path, "utf8"),
  readStdin: () => readFileSync(0, "utf8"),
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
});
process.exitCode = code;
