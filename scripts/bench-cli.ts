/**
 * `npm run bench:cli`: the command line end to end — start-up (`crs-screen schema`, and `score` on
 * one assessment) and `crs-screen score` on a file of 20 000 random assessments (validation,
 * screening, JSON out), its output written to a file (`> out.json`, as one would keep it) and
 * through a pipe to `cat > /dev/null` (a reader that keeps up; it shares the two cores — `cat`
 * writing a file of its own is twice as slow, and so was this script holding every byte, as it did
 * before). Prints figures; asserts nothing.
 */
import * as fc from "fast-check";
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { assessmentArbitrary } from "../tests/lib/arbitraries";

const dir = mkdtempSync(join(tmpdir(), "crs-bench-"));
const COUNT = Number(process.env.BENCH_CLI_N ?? 20_000);

function timed(args: readonly string[], runs: number, output: "pipe" | "file" = "file"): { median: number; bytes: number } {
  const times: number[] = [];
  let bytes = 0;
  const outFile = join(dir, "out.json");
  for (let i = 0; i < runs; i++) {
    const fd = output === "file" ? openSync(outFile, "w") : null;
    const started = process.hrtime.bigint();
    // Through a pipe: pipefail reports crs-screen's exit code. The byte count is the file run's (same output).
    const r =
      output === "file"
        ? spawnSync(process.execPath, ["bin/crs-screen.mjs", ...args], { stdio: ["ignore", fd!, "pipe"] })
        : spawnSync("bash", ["-c", 'set -o pipefail; "$0" bin/crs-screen.mjs "$@" | cat > /dev/null', process.execPath, ...args], { stdio: ["ignore", "ignore", "pipe"] });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (fd !== null) closeSync(fd);
    if (r.status !== 0) throw new Error(`crs-screen ${args.join(" ")} exited ${r.status}: ${r.stderr.toString().slice(0, 500)}`);
    if (output === "file") bytes = statSync(outFile).size;
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)]!, bytes };
}

try {
  for (const kind of ["complete", "any"] as const) {
    const file = join(dir, `${kind}.json`);
    writeFileSync(file, JSON.stringify(fc.sample(assessmentArbitrary(kind), { numRuns: COUNT, seed: 7 })));
    const one = join(dir, `${kind}-one.json`);
    writeFileSync(one, JSON.stringify(fc.sample(assessmentArbitrary(kind), { numRuns: 1, seed: 7 })[0]));
    const nodeOnly = (() => {
      const t: number[] = [];
      for (let i = 0; i < 5; i++) {
        const s = process.hrtime.bigint();
        spawnSync(process.execPath, ["-e", "0"]);
        t.push(Number(process.hrtime.bigint() - s) / 1e6);
      }
      return t.sort((a, b) => a - b)[2]!;
    })();
    const startup = timed(["score", one], 7);
    const label = kind === "complete" ? "complete" : "random unknowns";
    console.log(`${label}: node alone ${nodeOnly.toFixed(0)} ms; crs-screen start-up (score, 1 assessment) ${startup.median.toFixed(0)} ms`);
    let bytes = 0;
    for (const output of ["file", "pipe"] as const) {
      const big = timed(["score", file], 5, output);
      bytes ||= big.bytes;
      console.log(
        `${label}: score ${COUNT.toLocaleString("en")} assessments, out to a ${output}: ${big.median.toFixed(0)} ms (${(big.median - startup.median).toFixed(0)} ms beyond start-up), ${(bytes / 1e6).toFixed(1)} MB of JSON out`,
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
