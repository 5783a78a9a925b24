/**
 * parallel.ts when a thread fails: with stand-in scoring threads (tests/cli/threads/) that die, or
 * an output thread that cannot start. The run must never hang nor end in a stack trace: before
 * anything is written it hands the input back to the single-threaded path (null); after, it says
 * in one line that the output is incomplete (exit 2).
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import * as fc from "fast-check";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { assessmentArbitrary } from "../lib/arbitraries";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const THREADS = join(ROOT, "tests/cli/threads");
const OUTPUT_THREAD = join(ROOT, "dist/crs-screen-output.mjs");
let scratch = "";
let harness = "";
let input = "";

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), "crs-screen-threads-"));
  harness = join(scratch, "harness.mjs");
  const bundled = await build({ entryPoints: [join(THREADS, "harness.ts")], outfile: harness, bundle: true, platform: "node", format: "esm", logLevel: "silent" });
  expect(bundled.errors).toEqual([]);
  // The output thread as the CLI bundles it.
  const cli = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  expect(cli.status).toBe(0);
  input = join(scratch, "items.json");
  writeFileSync(input, JSON.stringify(fc.sample(assessmentArbitrary("complete"), { numRuns: 20, seed: 13 })));
}, 60_000);

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

function run(worker: string, output = OUTPUT_THREAD) {
  return spawnSync(process.execPath, [harness, input, join(THREADS, worker), output], { encoding: "utf8", timeout: 20_000 });
}

describe("scoring on threads when a thread fails", () => {
  test("a scoring thread that dies before reporting: nothing written, the single-threaded path takes over", () => {
    const result = run("exits-at-once.mjs");
    expect(result.error).toBeUndefined(); // not timed out
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("returned null\n");
  });

  test("an output thread that cannot start (its bundle missing): the single-threaded path takes over", () => {
    const result = run("exits-at-once.mjs", join(scratch, "no-such-output-thread.mjs"));
    expect(result.error).toBeUndefined();
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe("returned null\n");
  });

  test("a scoring thread that dies once output is being written: exit 2, one line saying the output is incomplete", () => {
    const result = run("exits-while-written.mjs");
    expect(result.error).toBeUndefined();
    // The first share, the main thread's, was written (whole Screenings, one per line) before the failure.
    expect(result.stdout.startsWith('[\n{"level":')).toBe(true);
    expect(result.stderr).toBe("crs-screen: a scoring thread stopped (exit code 4); the output is incomplete\nreturned 2\n");
  });
});
