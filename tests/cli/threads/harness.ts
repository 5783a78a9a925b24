// Runs parallel.ts's scoreInParallel on two threads with the scoring worker and output thread
// given on the command line (bundled by tests/cli/parallel.test.ts), and says what it returned.
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { scoreInParallel } from "../../../lib/cli/parallel";

const [input, worker, output] = process.argv.slice(2) as [string, string, string];
const code = await scoreInParallel(readFileSync(input), 2, pathToFileURL(worker), pathToFileURL(output), (text) => process.stderr.write(`${text}\n`));
process.stderr.write(`returned ${code}\n`);
