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
import { assessmentArbitrary } from "../lib/arbitraries";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const FIXTURES = fileURLToPath(new URL("./fixtures/", import.meta.url));
const STACK_LINE = /^\s+at /m;

function crsScreen(args: readonly string[], input?: string, cwd = ROOT): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, "bin/crs-screen.mjs"), ...args], { cwd, encoding: "utf8", input, timeout: 20_000, maxBuffer: 64 * 1024 * 1024 });
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

// Each test spawns Node several times: on a shared 2-core machine that can take far more than the default 5 s.
describe("crs-screen (the bundled command)", { timeout: 60_000 }, () => {
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
    expect(result.stdout.trimEnd().split("\n").at(-1)).toBe("32 passed, 0 failed");
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

  describe("score formats", () => {
    const items = fc.sample(assessmentArbitrary("any"), { numRuns: 150, seed: 11 });
    const write = (name: string, text: string) => {
      const file = join(scratch, name);
      writeFileSync(file, text);
      return file;
    };

    test("--help: crs-screen --help and crs-screen score --help print usage on stdout, exit 0", () => {
      const top = crsScreen(["--help"]);
      expect(top.status).toBe(0);
      expect(top.stdout).toMatch(/^Usage: crs-screen <command>/);
      const score = crsScreen(["score", "--help"]);
      expect(score.status).toBe(0);
      expect(score.stderr).toBe("");
      expect(score.stdout).toMatch(/^Usage: crs-screen score \[--format json\|ndjson\|csv\] FILE\|-/);
    });

    test("json, ndjson and csv give the same Screenings; ndjson streams a JSON array or NDJSON from stdin", () => {
      const file = write("many.json", JSON.stringify(items));
      const json = crsScreen(["score", file]);
      expect(json.stderr).toBe("");
      expect(json.status).toBe(0);
      const screenings = JSON.parse(json.stdout) as { level: string }[];
      expect(screenings).toHaveLength(items.length);

      const ndjsonFromArray = crsScreen(["score", "--format", "ndjson", "-"], JSON.stringify(items, null, 2));
      const ndjsonFromLines = crsScreen(["score", "--format", "ndjson", "-"], items.map((item) => JSON.stringify(item)).join("\n"));
      for (const run of [ndjsonFromArray, ndjsonFromLines]) {
        expect(run.stderr).toBe("");
        expect(run.status).toBe(0);
        expect(run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as unknown)).toEqual(screenings);
      }

      const csv = crsScreen(["score", "--format=csv", file]);
      expect(csv.status).toBe(0);
      const rows = csv.stdout.split("\r\n");
      expect(rows).toHaveLength(items.length + 2); // header, rows, and the empty text after the last CRLF
      expect(rows[0]).toMatch(/^index,label,level,astct-crs\.value,/);
      expect(rows.slice(1, -1).map((row) => /,(consistent|incomplete|not-flagged),/.exec(row)?.[1])).toEqual(screenings.map((s) => s.level));
    });

    test("invalid input, per format: json and csv print nothing; ndjson prints the valid items; each names [index].field, exit 2", () => {
      const broken = items.map((item, index) => ([3, 70, 149].includes(index) ? { ...item, schemaVersion: 2 } : item));
      const file = write("many-broken.json", JSON.stringify(broken));
      const named = ["[3].schemaVersion", "[70].schemaVersion", "[149].schemaVersion"];
      for (const format of ["json", "csv", "ndjson"]) {
        const run = crsScreen(["score", "--format", format, file]);
        expect(run.status, format).toBe(2);
        expect(run.stderr.split("\n").filter(Boolean).map((line) => line.split(":")[0]), format).toEqual(named);
        expect(run.stderr).not.toMatch(STACK_LINE);
        if (format === "ndjson") expect(run.stdout.trimEnd().split("\n"), format).toHaveLength(items.length - 3);
        else expect(run.stdout, format).toBe("");
      }
    });

    test("text that is not JSON: json and csv one line naming the input; ndjson names the item and stops there", () => {
      const json = JSON.stringify(items);
      const file = write("many-not-json.json", `${json.slice(0, -1)},{"schemaVersion": tru}]`);
      for (const format of ["json", "csv"]) {
        const run = crsScreen(["score", "--format", format, file]);
        expect(run.status).toBe(2);
        expect(run.stdout).toBe("");
        expect(run.stderr).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: not valid JSON \\(.*\\)\\n$`));
      }
      const streamed = crsScreen(["score", "--format", "ndjson", "-"], readFileSync(file, "utf8"));
      expect(streamed.status).toBe(2);
      expect(streamed.stdout.trimEnd().split("\n")).toHaveLength(items.length);
      expect(streamed.stderr).toMatch(new RegExp(`^stdin: item \\[${items.length}\\]: not valid JSON \\(.*\\); nothing after it was scored\\n$`));
    });

    test("run from another folder (as npx crs-screen is): the bundle is found, paths are relative to that folder", () => {
      writeFileSync(join(scratch, "here.json"), readFileSync(join(FIXTURES, "assessment-cart-day3.json")));
      const run = crsScreen(["score", "--format", "csv", "here.json"], undefined, scratch);
      expect(run.stderr).toBe("");
      expect(run.status).toBe(0);
      expect(run.stdout.split("\r\n")[1]).toMatch(/^0,"CAR-T day 3, febrile and hypotensive",consistent,2,2,2,met,true,/);
    });

    test("output that cannot be written (a full device): exit 2, one line naming the error, no stack trace", () => {
      const file = write("many-for-full.json", JSON.stringify(items));
      for (const format of ["json", "ndjson"]) {
        const result = spawnSync("bash", ["-c", `"${process.execPath}" bin/crs-screen.mjs score --format ${format} "${file}" > /dev/full`], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
        expect(result.stderr, format).toBe("crs-screen: cannot write the output (ENOSPC)\n");
        expect(result.status, format).toBe(2);
      }
    });

    test("a reader that closes the pipe early ends the run quietly (exit 0, no stack trace)", () => {
      const file = write("many-for-head.json", JSON.stringify(items));
      for (const format of ["json", "ndjson"]) {
        const result = spawnSync("bash", ["-c", `set -o pipefail; "${process.execPath}" bin/crs-screen.mjs score --format ${format} "${file}" | head -c 10`], { cwd: ROOT, encoding: "utf8", timeout: 20_000 });
        expect(result.stdout, format).toBe(format === "json" ? '[\n{"level"' : '{"level":"');
        expect(result.stderr, format).toBe("");
        expect(result.status, format).toBe(0);
      }
    });
  });

  test("course - : a Case on stdin prints the course; a bad one names the time-point, exit 2", () => {
    const point = (day: number, temperatureMaxC: number) => ({
      at: { day },
      assessment: { schemaVersion: 1, context: { setting: "immune-effector-cell-therapy", feverOtherCause: false, antipyreticOrAnticytokineGiven: false }, vitals: { temperatureMaxC, hypotension: false, oxygenDevice: "none" } },
    });
    const ok = crsScreen(["course", "-"], JSON.stringify({ caseVersion: 1, timepoints: [point(1, 38.6), point(2, 37)] }));
    expect(ok.stderr).toBe("");
    expect(ok.status).toBe(0);
    expect((JSON.parse(ok.stdout) as { course: Record<string, { metAt: unknown[] }> }).course["astct-crs"]?.metAt).toEqual([{ day: 1 }]);
    const bad = crsScreen(["course", "-"], JSON.stringify({ caseVersion: 1, timepoints: [point(2, 38.6), point(1, 37)] }));
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe("");
    expect(bad.stderr).toBe("timepoints[1].at: Time-points must be in order of day, then time, each later than the one before\n");
  });

  test("npm run -s crs-screen -- schema prints the Assessment's JSON Schema", () => {
    const result = spawnSync("npm", ["run", "-s", "crs-screen", "--", "schema"], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(result.status).toBe(0);
    const schema = JSON.parse(result.stdout) as { properties: Record<string, unknown>; additionalProperties: unknown };
    expect(Object.keys(schema.properties)).toEqual(["schemaVersion", "label", "context", "vitals", "findings", "neuro", "labs", "pathology"]);
    expect(schema.additionalProperties).toBe(false);
  }, 30_000);
});
