/**
 * The real `crs-screen` end to end: the esbuild bundle run by `node bin/crs-screen.mjs`, with real
 * files, stdin, stdout, stderr and exit codes. main.test.ts covers the behaviour in detail; each
 * spawn here costs a Node start-up, so this file keeps to what only a real process can show.
 */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { BUILTIN_SCENARIO_FILES } from "@/lib/scenarios/builtin/index";
import { shareBounds } from "@/lib/cli/parallel";
import { assessmentArbitrary } from "../lib/arbitraries";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const STACK_LINE = /^\s+at /m;

function crsScreen(args: readonly string[], input?: string, threads?: number): SpawnSyncReturns<string> {
  const env = { ...process.env, CRS_SCREEN_THREADS: threads === undefined ? "" : String(threads) };
  return spawnSync(process.execPath, ["bin/crs-screen.mjs", ...args], { cwd: ROOT, encoding: "utf8", input, env, timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
}

/** A built-in scenario file as a mutable plain object (a deep copy). */
function builtinCopy(file: string): Record<string, unknown> & { expected: { instruments: Record<string, Record<string, unknown>> } } {
  const raw = BUILTIN_SCENARIO_FILES[file];
  if (raw === undefined) throw new Error(`no built-in scenario file ${file}`);
  return structuredClone(raw) as ReturnType<typeof builtinCopy>;
}

let scratch = "";

beforeAll(() => {
  const build = spawnSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT, encoding: "utf8", timeout: 60_000 });
  expect(build.stderr).toBe("");
  expect(build.status).toBe(0);
  scratch = mkdtempSync(join(tmpdir(), "crs-screen-cli-"));
}, 60_000);

afterAll(() => {
  if (scratch !== "") rmSync(scratch, { recursive: true, force: true });
});

describe("crs-screen (the bundled command)", () => {
  test("score FILE: exit 0, one Screening with the 8 instruments on stdout, nothing on stderr", () => {
    const result = crsScreen(["score", join(FIXTURES, "assessment-cart-day3.json")]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const screening = JSON.parse(result.stdout) as { level: string; instruments: { id: string }[] };
    expect(screening.level).toBe("consistent");
    expect(screening.instruments.map((i) => i.id)).toEqual(["astct-crs", "astct-icans", "hscore", "hlh-2004", "chis", "mas-2016", "isth-dic", "qsofa"]);
  });

  test("score - reads an array from stdin and prints the Screenings in the same order", () => {
    const result = crsScreen(["score", "-"], readFileSync(join(FIXTURES, "assessments-crs-grades-0-1-2-4.json"), "utf8"));
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    const screenings = JSON.parse(result.stdout) as { instruments: { id: string; value: number | null }[] }[];
    expect(screenings.map((s) => s.instruments.find((i) => i.id === "astct-crs")?.value)).toEqual([0, 1, 2, 4]);
  });

  test("score on invalid input: exit 2, stdout empty, one stderr line per problem, no stack trace", () => {
    const result = crsScreen(["score", join(FIXTURES, "assessments-item3-ferritin-negative.json")]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^\[3\]\.labs\.ferritinNgPerMl: .*between 0 and 500000.*\n$/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  test("score on a missing file: exit 2, stdout empty, the file named, no stack trace", () => {
    const missing = join(scratch, "does-not-exist.json");
    const result = crsScreen(["score", missing]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toBe(`${missing}: cannot read (ENOENT)\n`);
  });

  test("no command: exit 2 with the usage on stderr", () => {
    const result = crsScreen([]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(/^Usage: crs-screen <command>/);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  test("scenarios: the built-in library is in the bundle and passes, exit 0", () => {
    const result = crsScreen(["scenarios"]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("19 passed, 0 failed");
  });

  test("scenarios DIR with a wrong expectation: exit 1; the folder's .json files run in name order, other files ignored", () => {
    const dir = join(scratch, "wrong");
    mkdirSync(dir);
    const wrong = builtinCopy("cart-crs-grade-3-nasal-cannula-8l.json");
    Object.assign(wrong.expected.instruments["astct-crs"]!, { value: 2, min: 2, max: 2 });
    writeFileSync(join(dir, "b-wrong.json"), JSON.stringify(wrong));
    writeFileSync(join(dir, "a-grade-1.json"), JSON.stringify(builtinCopy("cart-crs-grade-1.json")));
    writeFileSync(join(dir, "notes.txt"), "not a scenario");

    const result = crsScreen(["scenarios", dir]);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(1);
    const rows = result.stdout.split("\n").filter((line) => /^(PASS|FAIL)\s/.test(line));
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^PASS\s+cart-crs-grade-1\s/);
    expect(rows[1]).toMatch(/^FAIL\s+cart-crs-grade-3-nasal-cannula-8l\s/);
    expect(result.stdout).toContain("cart-crs-grade-3-nasal-cannula-8l: expected result — astct-crs value 3, expected 2");
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("1 passed, 1 failed");
  });

  test("scenarios FILE failing validation: exit 2, stdout empty, the file and field path named, no stack trace", () => {
    const bad = builtinCopy("cart-crs-grade-1.json");
    (bad.answerKey as { vitals: Record<string, unknown> }).vitals.temperatureMaxC = 99;
    const file = join(scratch, "bad-scenario.json");
    writeFileSync(file, JSON.stringify(bad));

    const result = crsScreen(["scenarios", file]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: answerKey\\.vitals\\.temperatureMaxC: .*\\n$`));
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  describe("score on several threads (a large array; CRS_SCREEN_THREADS forces it here)", () => {
    // 150 items: each of two or three threads gets dozens.
    const items = fc.sample(assessmentArbitrary("any"), { numRuns: 150, seed: 11 });
    const write = (name: string, value: unknown) => {
      const file = join(scratch, name);
      writeFileSync(file, JSON.stringify(value));
      return file;
    };

    test("prints byte for byte what one thread prints, in the same order", () => {
      const file = write("many.json", items);
      const one = crsScreen(["score", file], undefined, 1);
      const two = crsScreen(["score", file], undefined, 2);
      const three = crsScreen(["score", "-"], readFileSync(file, "utf8"), 3);
      expect(one.status).toBe(0);
      expect(JSON.parse(one.stdout)).toHaveLength(items.length);
      for (const run of [two, three]) {
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(run.stdout).toBe(one.stdout);
      }
    });

    test("shares of several 1 MB chunks (handed back to be filled again): the same bytes to a file and through a pipe", () => {
      const many = fc.sample(assessmentArbitrary("any"), { numRuns: 800, seed: 17 });
      const file = write("many-chunks.json", many);
      const one = crsScreen(["score", file], undefined, 1);
      expect(one.status).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(4 * 1024 * 1024); // more than a chunk for each of two or three threads
      const piped = crsScreen(["score", file], undefined, 2);
      expect(piped.stderr).toBe("");
      expect(piped.stdout).toBe(one.stdout);
      const toFile = join(scratch, "many-chunks.out.json");
      const written = spawnSync("bash", ["-c", `CRS_SCREEN_THREADS=3 "${process.execPath}" bin/crs-screen.mjs score "${file}" > "${toFile}"`], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
      expect(written.stderr).toBe("");
      expect(written.status).toBe(0);
      expect(readFileSync(toFile, "utf8")).toBe(one.stdout);
    });

    test("invalid items in every thread's share: exit 2, nothing on stdout, the same lines in item order", () => {
      const broken = items.map((item, index) => ([3, 70, 149].includes(index) ? { ...item, schemaVersion: 2 } : item));
      const file = write("many-broken.json", broken);
      const one = crsScreen(["score", file], undefined, 1);
      const two = crsScreen(["score", file], undefined, 2);
      expect(two.status).toBe(2);
      expect(two.stdout).toBe("");
      expect(two.stderr).toBe(one.stderr);
      expect(two.stderr.split("\n").filter(Boolean).map((line) => line.split(":")[0])).toEqual(["[3].schemaVersion", "[70].schemaVersion", "[149].schemaVersion"]);
    });

    test("a cut that falls inside an item (a label holding `},{`): one thread takes over, same bytes", () => {
      // Each label is its item's last key, so from any point inside an item the first `},{` ahead is in a label.
      const tricky = items.map((item, index) => {
        const rest: Record<string, unknown> = { ...(item as Record<string, unknown>) };
        delete rest.label;
        return { ...rest, label: `ward B},{"bed": ${index}}, {` };
      });
      const file = write("many-tricky.json", tricky);
      const bytes = readFileSync(file);
      const cut = shareBounds(bytes, 2)!;
      expect(() => cut.map((b) => JSON.parse(`[${bytes.subarray(b.start, b.end).toString("utf8")}]`) as unknown)).toThrow();
      const one = crsScreen(["score", file], undefined, 1);
      const two = crsScreen(["score", file], undefined, 2);
      expect(one.status).toBe(0);
      expect(two.stderr).toBe("");
      expect(two.status).toBe(0);
      expect(two.stdout).toBe(one.stdout);
    });

    test("output that cannot be written (a full device): exit 2, one line naming the error, no stack trace", () => {
      const file = write("many-for-full.json", items);
      const result = spawnSync("bash", ["-c", `CRS_SCREEN_THREADS=2 "${process.execPath}" bin/crs-screen.mjs score "${file}" > /dev/full`], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
      expect(result.stderr).toBe("crs-screen: cannot write the output (ENOSPC)\n");
      expect(result.status).toBe(2);
    });

    test("a reader that closes the pipe early ends the run quietly (exit 0, no stack trace)", () => {
      const file = write("many-for-head.json", items);
      const result = spawnSync("bash", ["-c", `set -o pipefail; CRS_SCREEN_THREADS=2 "${process.execPath}" bin/crs-screen.mjs score "${file}" | head -c 10`], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
      expect(result.stdout).toBe('[\n{"level"');
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
    });

    test("text that is not JSON — cut short, or with a bad value inside a well-bracketed item: exit 2, the same one-line message", () => {
      const json = JSON.stringify(items);
      const invalidFirst = JSON.stringify(items.map((item, index) => (index === 0 ? { ...item, schemaVersion: 2 } : item)));
      for (const [name, text] of [
        ["cut short", json.slice(0, -40)],
        ["bad value", `${json.slice(0, -1)},{"schemaVersion": tru}]`],
        // The first share holds an invalid item, the last is not JSON: the whole is not JSON, as one thread says.
        ["invalid then bad value", `${invalidFirst.slice(0, -1)},{"schemaVersion": tru}]`],
      ] as const) {
        const file = join(scratch, `many-not-json-${name.replace(" ", "-")}.json`);
        writeFileSync(file, text);
        const one = crsScreen(["score", file], undefined, 1);
        const two = crsScreen(["score", file], undefined, 2);
        expect(two.status, name).toBe(2);
        expect(two.stdout, name).toBe("");
        expect(two.stderr, name).toBe(one.stderr);
        expect(two.stderr, name).toMatch(/not valid JSON/);
      }
    });
  });

  test("npm run -s crs-screen -- schema prints the Assessment's JSON Schema", () => {
    const result = spawnSync("npm", ["run", "-s", "crs-screen", "--", "schema"], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout) as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(["schemaVersion", "label", "context", "vitals", "findings", "neuro", "labs", "pathology"]);
    expect(schema.additionalProperties).toBe(false);
  }, 30_000);
});
