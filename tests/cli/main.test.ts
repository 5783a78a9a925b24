/**
 * The command line against its contract (../shared/spec/ASSESSMENT.md, "The command line"), driven
 * through `main(argv, io)` with an in-memory file system: exit codes, what goes to stdout and what
 * to stderr, one problem per line with the item index and the field path.
 */
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { validateAssessment } from "@/lib/assessment";
import { main, USAGE, type CliIo } from "@/cli/main";
import { checkItems, SCORE_USAGE } from "@/cli/score";
import { CSV_HEADER, verdict } from "@/cli/csv";
import type { Assessment } from "@/lib/assessment/schema";
import { assessmentArbitrary } from "../lib/arbitraries";
import { INSTRUMENT_IDS } from "@/lib/scores/types";
import { screen } from "@/lib/screen/screen";
import { builtinScenarios, BUILTIN_SCENARIO_FILES } from "@/lib/scenarios/builtin/index";

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

/** A file system of path → text, and folders of path → JSON file paths (the order listJsonFiles gives). */
interface Disk {
  readonly files?: Readonly<Record<string, string>>;
  readonly folders?: Readonly<Record<string, readonly string[]>>;
  readonly stdin?: string;
}

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
  /** stderr split into lines, without a trailing empty line. */
  readonly errLines: readonly string[];
  /** The folders main asked listJsonFiles about. */
  readonly listed: readonly string[];
}

/** Text in chunks of `size` characters, as a stream would hand it over. */
async function* chunked(text: string, size: number): AsyncGenerator<string> {
  for (let at = 0; at < text.length; at += size) yield text.slice(at, at + size);
}

async function run(argv: readonly string[], disk: Disk = {}, chunkSize = 7): Promise<Run> {
  let stdout = "";
  let stderr = "";
  const listed: string[] = [];
  const io: CliIo = {
    out: (text) => {
      stdout += `${text}\n`;
    },
    err: (text) => {
      stderr += `${text}\n`;
    },
    write: (text) => {
      stdout += text;
      return Promise.resolve();
    },
    readChunks: (path) => {
      if (path === "-") {
        if (disk.stdin === undefined) throw new Error("stdin was not expected to be read");
        return chunked(disk.stdin, chunkSize);
      }
      const text = disk.files?.[path];
      if (text === undefined) {
        // As a file stream fails: on the first read, not when it is made.
        return (async function* () {
          yield* [];
          throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
        })();
      }
      return chunked(text, chunkSize);
    },
    readFile: (path) => {
      const text = disk.files?.[path];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: "ENOENT" });
      return text;
    },
    readStdin: () => {
      if (disk.stdin === undefined) throw new Error("stdin was not expected to be read");
      return disk.stdin;
    },
    listJsonFiles: (path) => {
      listed.push(path);
      const folder = disk.folders?.[path];
      return folder === undefined ? null : [...folder];
    },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr, errLines: stderr.split("\n").filter((line) => line !== ""), listed };
}

interface InstrumentJson {
  readonly id: string;
  readonly value: number | null;
}
interface ScreeningJson {
  readonly level: string;
  readonly instruments: readonly InstrumentJson[];
}

const crsGrade = (screening: ScreeningJson): number | null | undefined => screening.instruments.find((i) => i.id === "astct-crs")?.value;

const STACK_LINE = /^\s+at /m;

/** A built-in scenario file as a mutable plain object (a deep copy). */
function builtinCopy(file: string): Record<string, unknown> & { expected: { instruments: Record<string, Record<string, unknown>> }; checklist: { id: string; check: Record<string, unknown> }[] } {
  const raw = BUILTIN_SCENARIO_FILES[file];
  if (raw === undefined) throw new Error(`no built-in scenario file ${file}`);
  return structuredClone(raw) as ReturnType<typeof builtinCopy>;
}

const GRADE_3 = "cart-crs-grade-3-nasal-cannula-8l.json";
const GRADE_1 = "cart-crs-grade-1.json";

describe("crs-screen score", () => {
  test("one valid Assessment prints one Screening with a level and the 8 instruments, exit 0, nothing on stderr", async () => {
    const result = await run(["score", "case.json"], { files: { "case.json": fixture("assessment-cart-day3.json") } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const screening = JSON.parse(result.stdout) as ScreeningJson;
    expect(Array.isArray(screening)).toBe(false);
    expect(screening.level).toBe("consistent");
    expect(screening.instruments.map((i) => i.id)).toEqual(["astct-crs", "astct-icans", "hscore", "hlh-2004", "chis", "mas-2016", "isth-dic", "qsofa"]);
    expect(screening.instruments.map((i) => i.id)).toEqual([...INSTRUMENT_IDS]);
    // 39.1 °C, hypotension without vasopressor, nasal cannula at 4 L/min: max(1, 2, 2) = grade 2.
    expect(crsGrade(screening)).toBe(2);
  });

  test("an array of Assessments prints an array of Screenings in the same order", async () => {
    const result = await run(["score", "grades.json"], { files: { "grades.json": fixture("assessments-crs-grades-0-1-2-4.json") } });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const screenings = JSON.parse(result.stdout) as ScreeningJson[];
    expect(Array.isArray(screenings)).toBe(true);
    expect(screenings.map(crsGrade)).toEqual([0, 1, 2, 4]);
    for (const screening of screenings) expect(screening.instruments).toHaveLength(8);
  });

  test("an array of one Assessment still prints an array", async () => {
    const result = await run(["score", "one.json"], { files: { "one.json": JSON.stringify([{ schemaVersion: 1 }]) } });
    expect(result.code).toBe(0);
    const screenings = JSON.parse(result.stdout) as ScreeningJson[];
    expect(screenings).toHaveLength(1);
  });

  test("- reads the Assessment from stdin", async () => {
    const result = await run(["score", "-"], { stdin: fixture("assessment-cart-day3.json") });
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(crsGrade(JSON.parse(result.stdout) as ScreeningJson)).toBe(2);
  });

  describe("invalid input: exit 2, nothing on stdout, one stderr line per problem", () => {
    test("an array whose item 3 has a negative ferritin names [3].labs.ferritinNgPerMl and the allowed range", async () => {
      const result = await run(["score", "batch.json"], { files: { "batch.json": fixture("assessments-item3-ferritin-negative.json") } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^\[3\]\.labs\.ferritinNgPerMl: /);
      expect(result.errLines[0]).toContain("between 0 and 500000");
      expect(result.errLines[0]).toContain("-5");
    });

    test("a single Assessment's problem line starts with the field path, without an index", async () => {
      const result = await run(["score", "case.json"], { files: { "case.json": JSON.stringify({ schemaVersion: 1, vitals: { temperatureMaxC: 99 } }) } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^vitals\.temperatureMaxC: /);
      expect(result.errLines[0]).toContain("between 30 and 45");
    });

    test("several problems in one Assessment give one line each", async () => {
      const input = { schemaVersion: 1, vitals: { temperatureMaxC: 99 }, labs: { ferritinNgPerMl: -5, plateletsE9PerL: "many" }, colour: "red" };
      const result = await run(["score", "case.json"], { files: { "case.json": JSON.stringify(input) } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(4);
      expect(result.errLines.map((line) => line.slice(0, line.indexOf(": ")))).toEqual(
        expect.arrayContaining(["vitals.temperatureMaxC", "labs.ferritinNgPerMl", "labs.plateletsE9PerL", "colour"]),
      );
    });

    test("problems in several items each name their own index, and no Screening is printed for the valid ones", async () => {
      const input = [{ schemaVersion: 1 }, { schemaVersion: 1, vitals: { temperatureMaxC: 99 } }, { schemaVersion: 1 }, { schemaVersion: 2 }];
      const result = await run(["score", "batch.json"], { files: { "batch.json": JSON.stringify(input) } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(2);
      expect(result.errLines[0]).toMatch(/^\[1\]\.vitals\.temperatureMaxC: /);
      expect(result.errLines[1]).toMatch(/^\[3\]\.schemaVersion: /);
    });

    test("an item that is not an object is named by its index alone", async () => {
      const result = await run(["score", "batch.json"], { files: { "batch.json": JSON.stringify([{ schemaVersion: 1 }, 5]) } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^\[1\]: /);
    });

    test("malformed JSON gives one line naming the file, no stack trace", async () => {
      const result = await run(["score", "broken.json"], { files: { "broken.json": fixture("not-json.json") } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^broken\.json: not valid JSON/);
      expect(result.stderr).not.toMatch(STACK_LINE);
    });

    test("malformed JSON on stdin names stdin", async () => {
      const result = await run(["score", "-"], { stdin: "{ nope" });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^stdin: not valid JSON/);
    });

    // V8's "Unexpected token" message quotes the text around the error, newlines included, so
    // pretty-printed JSON with a NaN (as Python writes it) would give a two-line message.
    test("malformed JSON with a newline near the error still gives one line", async () => {
      const result = await run(["score", "nan.json"], { files: { "nan.json": fixture("nan-as-python-writes-it.json") } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^nan\.json: not valid JSON/);
    });

    test("a missing file: exit 2, one line naming the file", async () => {
      const result = await run(["score", "nowhere.json"]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^nowhere\.json: cannot read/);
      expect(result.errLines[0]).toContain("ENOENT");
    });

    test("score without a file, or with two, is a usage error", async () => {
      for (const argv of [["score"], ["score", "a.json", "b.json"]]) {
        const result = await run(argv);
        expect(result.code).toBe(2);
        expect(result.stdout).toBe("");
        expect(result.stderr).toContain("score takes one FILE");
      }
    });
  });
});

describe("crs-screen score: formats", () => {
  const items = JSON.parse(JSON.stringify(fc.sample(assessmentArbitrary("any"), { numRuns: 12, seed: 3 }))) as unknown[];
  const expectedLines = items.map((item) => JSON.stringify(screen(item as Assessment)));

  test("a valid item is kept as given (no transforms), so checkItems need not copy it", () => {
    fc.assert(
      fc.property(assessmentArbitrary("any"), (input) => {
        const parsed = JSON.parse(JSON.stringify(input)) as unknown;
        const result = validateAssessment(parsed);
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.assessment).toStrictEqual(parsed);
        expect(checkItems([parsed], true).assessments[0]).toBe(parsed);
      }),
      { numRuns: 100 },
    );
  });

  test("json (the default) prints an array as `[`, one Screening per line with a comma ending all but the last, `]`", async () => {
    const result = await run(["score", "many.json"], { files: { "many.json": JSON.stringify(items) } });
    expect(result.code).toBe(0);
    expect(result.stdout).toBe(`[\n${expectedLines.join(",\n")}\n]\n`);
    expect((await run(["score", "--format", "json", "many.json"], { files: { "many.json": JSON.stringify(items) } })).stdout).toBe(result.stdout);
  });

  test("score --help and score -h print the score usage on stdout, exit 0 (not read as a file name)", async () => {
    for (const flag of ["--help", "-h"]) {
      const result = await run(["score", flag]);
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      expect(result.stdout).toBe(`${SCORE_USAGE}\n`);
    }
  });

  test("an unknown format or option: exit 2 naming it", async () => {
    expect((await run(["score", "--format", "xml", "a.json"])).errLines).toEqual(['score: --format takes json, ndjson or csv; got "xml"']);
    expect((await run(["score", "a.json", "--format"])).errLines).toEqual(["score: --format takes json, ndjson or csv; got nothing"]);
    const unknown = await run(["score", "--fromat=csv", "a.json"]);
    expect(unknown.code).toBe(2);
    expect(unknown.errLines[0]).toMatch(/^score: unknown option "--fromat=csv"/);
  });

  describe("ndjson", () => {
    const ndjson = `${expectedLines.join("\n")}\n`;

    test("a JSON array in: one Screening per line, in order, whatever the chunk size", async () => {
      for (const chunkSize of [1, 7, 4096]) {
        const result = await run(["score", "--format=ndjson", "-"], { stdin: JSON.stringify(items, null, 2) }, chunkSize);
        expect(result.stderr).toBe("");
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(ndjson);
      }
    });

    test("NDJSON in (blank lines and CRLF line ends allowed): the same lines as the array gives", async () => {
      const input = `${items.map((item) => JSON.stringify(item)).join("\r\n\n")}`; // no line end after the last
      const result = await run(["score", "--format", "ndjson", "in.ndjson"], { files: { "in.ndjson": input } });
      expect(result.code).toBe(0);
      expect(result.stdout).toBe(ndjson);
    });

    test("one Assessment, pretty-printed over several lines, is one item", async () => {
      const result = await run(["score", "--format", "ndjson", "-"], { stdin: fixture("assessment-cart-day3.json") });
      expect(result.code).toBe(0);
      expect(crsGrade(JSON.parse(result.stdout) as ScreeningJson)).toBe(2);
      expect(result.stdout.split("\n")).toHaveLength(2);
    });

    test("an invalid item is named on stderr and skipped; the others are still printed; exit 2", async () => {
      const input = [items[0], { schemaVersion: 1, labs: { ferritinNgPerMl: -5 } }, items[1], 5, items[2]];
      const result = await run(["score", "--format", "ndjson", "-"], { stdin: JSON.stringify(input) });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe(`${expectedLines.slice(0, 3).join("\n")}\n`);
      expect(result.errLines).toEqual(["[1].labs.ferritinNgPerMl: Ferritin (ng/mL) must be between 0 and 500000; got -5", expect.stringMatching(/^\[3\]: /)]);
    });

    test("an item that is not JSON stops the run there: what came before is printed, one line names the item, exit 2", async () => {
      const input = `${JSON.stringify(items[0])}\n${JSON.stringify(items[1])}\n{"schemaVersion": tru}\n${JSON.stringify(items[2])}\n`;
      const result = await run(["score", "--format", "ndjson", "-"], { stdin: input });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe(`${expectedLines.slice(0, 2).join("\n")}\n`);
      expect(result.errLines).toHaveLength(1);
      expect(result.errLines[0]).toMatch(/^stdin: item \[2\]: not valid JSON \(.*\); nothing after it was scored$/);
    });

    test("an array cut short, or text after its end: exit 2, one line saying so", async () => {
      const cut = await run(["score", "--format", "ndjson", "-"], { stdin: JSON.stringify(items).slice(0, -1) });
      expect(cut.code).toBe(2);
      expect(cut.stdout.split("\n")).toHaveLength(items.length); // every item but the last, which the `]` would have ended
      expect(cut.errLines).toEqual([`stdin: the input ends before the array's closing ] (in item [${items.length - 1}]); nothing after it was scored`]);
      const after = await run(["score", "--format", "ndjson", "-"], { stdin: `${JSON.stringify(items.slice(0, 1))} []` });
      expect(after.code).toBe(2);
      expect(after.errLines).toEqual(["stdin: text after the end of the array (after item [0]); nothing after it was scored"]);
    });

    test("a missing file: exit 2, one line naming it", async () => {
      const result = await run(["score", "--format", "ndjson", "nowhere.json"]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toEqual(["nowhere.json: cannot read (ENOENT)"]);
    });
  });

  describe("csv", () => {
    test("a header row, then one row per assessment with its index, label, level and each instrument's figures; CRLF line ends", async () => {
      const result = await run(["score", "--format", "csv", "grades.json"], { files: { "grades.json": fixture("assessments-crs-grades-0-1-2-4.json") } });
      expect(result.code).toBe(0);
      expect(result.stderr).toBe("");
      const lines = result.stdout.split("\r\n");
      expect(lines.at(-1)).toBe("");
      expect(lines[0]).toBe(CSV_HEADER.join(","));
      expect(lines[0]).toMatch(/^index,label,level,astct-crs\.value,astct-crs\.min,astct-crs\.max,astct-crs\.verdict,astct-crs\.applicable,astct-icans\.value,/);
      expect(lines).toHaveLength(6);
      // Row 3: `40 °C, two vasopressors and BiPAP: grade 4` (quoted: it holds a comma).
      expect(lines[4]).toMatch(/^3,"40 °C, two vasopressors and BiPAP: grade 4",consistent,4,4,4,met,true,/);
    });

    test("each row's cells are the Screening's figures, column by column", async () => {
      const result = await run(["score", "--format", "csv", "many.json"], { files: { "many.json": JSON.stringify(items) } });
      const rows = result.stdout.trimEnd().split("\r\n").slice(1);
      expect(rows).toHaveLength(items.length);
      rows.forEach((row, index) => {
        const screening = screen(items[index] as Assessment);
        const cells = new Map(CSV_HEADER.map((column, i) => [column, row.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/)[i]]));
        expect(cells.get("index")).toBe(String(index));
        expect(cells.get("level")).toBe(screening.level);
        for (const instrument of screening.instruments) {
          expect(cells.get(`${instrument.id}.value`)).toBe(instrument.value === null ? "" : String(instrument.value));
          expect(cells.get(`${instrument.id}.min`)).toBe(String(instrument.min));
          expect(cells.get(`${instrument.id}.max`)).toBe(String(instrument.max));
          expect(cells.get(`${instrument.id}.verdict`)).toBe(verdict(instrument.meetsThreshold));
          expect(cells.get(`${instrument.id}.applicable`)).toBe(String(instrument.applicable));
        }
      });
    });

    test("one Assessment gives a header and one row", async () => {
      const result = await run(["score", "--format", "csv", "-"], { stdin: fixture("assessment-cart-day3.json") });
      expect(result.code).toBe(0);
      expect(result.stdout.split("\r\n").map((line) => line.split(",")[0])).toEqual(["index", "0", ""]);
    });

    test("an invalid item: nothing on stdout, the problem named with its index, exit 2", async () => {
      const result = await run(["score", "--format", "csv", "batch.json"], { files: { "batch.json": fixture("assessments-item3-ferritin-negative.json") } });
      expect(result.code).toBe(2);
      expect(result.stdout).toBe("");
      expect(result.errLines).toEqual([expect.stringMatching(/^\[3\]\.labs\.ferritinNgPerMl: .*between 0 and 500000/)]);
    });
  });
});

describe("crs-screen course", () => {
  const day = (temperatureMaxC: number, vitals: Record<string, unknown> = {}) => ({
    schemaVersion: 1,
    context: { setting: "immune-effector-cell-therapy", feverOtherCause: false, antipyreticOrAnticytokineGiven: false },
    vitals: { hypotension: false, vasopressorsExcludingVasopressin: 0, vasopressin: false, oxygenDevice: "none", temperatureMaxC, ...vitals },
  });
  const cart = {
    caseVersion: 1,
    timepoints: [
      { at: { day: 1 }, assessment: day(38.6) },
      // The hypotension has no other cause (Lee 2019 grades only hypotension "not attributable to any other cause").
      { at: { day: 3 }, assessment: day(39.2, { hypotension: true, vasopressorsExcludingVasopressin: 1, hypotensionOtherCause: false }) },
      { at: { day: 6 }, assessment: day(37) },
    ],
  };

  test("a Case prints each time-point's Screening and the course per instrument, exit 0", async () => {
    const result = await run(["course", "case.json"], { files: { "case.json": JSON.stringify(cart) } });
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { timepoints: { at: unknown; screening: ScreeningJson }[]; course: Record<string, unknown> };
    expect(printed.timepoints.map((t) => crsGrade(t.screening))).toEqual([1, 3, 0]);
    expect(printed.course["astct-crs"]).toEqual({ highest: { min: 3, max: 3 }, firstMetAt: { day: 1 }, lastMetAt: { day: 3 }, metAt: [{ day: 1 }, { day: 3 }] });
  });

  test("a single Assessment on stdin is a Case of one", async () => {
    const result = await run(["course", "-"], { stdin: fixture("assessment-cart-day3.json") });
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as { timepoints: { at: unknown }[] };
    expect(printed.timepoints.map((t) => t.at)).toEqual([{ day: 0 }]);
  });

  test("a problem names the time-point and the field: exit 2, nothing on stdout", async () => {
    const bad = structuredClone(cart);
    (bad.timepoints[2]!.assessment as Record<string, unknown>).labs = { ferritinNgPerMl: -5 };
    const result = await run(["course", "case.json"], { files: { "case.json": JSON.stringify(bad) } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.errLines).toEqual(["timepoints[2].assessment.labs.ferritinNgPerMl: Ferritin (ng/mL) must be between 0 and 500000; got -5"]);
  });

  test("course without a file is a usage error", async () => {
    const result = await run(["course"]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual(["course takes one FILE (or - for stdin); crs-screen course --help says more"]);
  });

  test("course --help prints its usage (exit 0); an unknown option is named, not read as a file (exit 2)", async () => {
    const help = await run(["course", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: crs-screen course FILE|-");
    const unknown = await run(["course", "-x", "case.json"]);
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe("");
    expect(unknown.errLines).toEqual(['course: unknown option "-x" (crs-screen course --help)']);
  });
});

describe("crs-screen with no command or an unknown one", () => {
  test("no command: exit 2 with the usage on stderr", async () => {
    const result = await run([]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toContain(USAGE);
  });

  test("an unknown command: exit 2 naming it, with the usage", async () => {
    const result = await run(["frobnicate", "x.json"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.errLines[0]).toBe('Unknown command "frobnicate".');
    expect(result.stderr).toContain(USAGE);
  });

  test("--help prints the usage on stdout, exit 0", async () => {
    const result = await run(["--help"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(USAGE);
    expect(result.stderr).toBe("");
  });
});

type JsonSchema = {
  readonly type?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly required?: readonly string[];
  readonly additionalProperties?: unknown;
  readonly anyOf?: readonly JsonSchema[];
  readonly minimum?: number;
  readonly maximum?: number;
};

/** The branch of a (possibly nullable) schema with the given type. */
function branch(schema: JsonSchema | undefined, type: string): JsonSchema {
  const found = schema?.type === type ? schema : schema?.anyOf?.find((s) => s.type === type);
  if (found === undefined) throw new Error(`no ${type} branch in ${JSON.stringify(schema)}`);
  return found;
}

describe("crs-screen schema", () => {
  test("prints the Assessment's JSON Schema: strict objects, ferritin between 0 and 500000", async () => {
    const result = await run(["schema"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const schema = JSON.parse(result.stdout) as JsonSchema;
    expect(schema.type).toBe("object");
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(["schemaVersion"]);
    expect(schema.properties?.labs).toBeDefined();
    const labs = branch(schema.properties?.labs, "object");
    expect(labs.additionalProperties).toBe(false);
    const ferritin = branch(labs.properties?.ferritinNgPerMl, "number");
    expect(ferritin.minimum).toBe(0);
    expect(ferritin.maximum).toBe(500000);
    expect(branch(branch(schema.properties?.vitals, "object").properties?.temperatureMaxC, "number")).toMatchObject({ minimum: 30, maximum: 45 });
  });

  test("schema assessment is the same as schema", async () => {
    expect((await run(["schema", "assessment"])).stdout).toBe((await run(["schema"])).stdout);
  });

  test("schema scenario prints the scenario file's JSON Schema, with the Assessment as its answer key", async () => {
    const result = await run(["schema", "scenario"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const schema = JSON.parse(result.stdout) as JsonSchema;
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(expect.arrayContaining(["schemaVersion", "id", "vignette", "answerKey", "expected", "checklist"]));
    const answerKey = branch(schema.properties?.answerKey, "object");
    const ferritin = branch(branch(answerKey.properties?.labs, "object").properties?.ferritinNgPerMl, "number");
    expect(ferritin).toMatchObject({ minimum: 0, maximum: 500000 });
  });

  test("an unknown schema name: exit 2, nothing on stdout", async () => {
    const result = await run(["schema", "screening"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.errLines).toEqual(['schema: unknown schema "screening" (assessment or scenario)']);
  });
});

/** The table's lines, the result row of a scenario, and the closing tally. */
function table(stdout: string) {
  const lines = stdout.trimEnd().split("\n");
  return {
    lines,
    row: (id: string) => lines.find((line) => line.split(/\s+/)[1] === id),
    last: lines.at(-1),
  };
}

describe("crs-screen scenarios", () => {
  test("with no path runs the 25 built-ins, every stage a row (32 runs): all PASS, exit 0, ends with 32 passed, 0 failed", async () => {
    const result = await run(["scenarios"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.listed).toEqual([]);
    const { row, last } = table(result.stdout);
    expect(builtinScenarios()).toHaveLength(25);
    for (const scenario of builtinScenarios()) expect(row(scenario.id)).toMatch(/^PASS\s/);
    expect(last).toBe("32 passed, 0 failed");
  });

  test("DIR runs the JSON files the folder lists", async () => {
    const result = await run(["scenarios", "cases"], {
      folders: { cases: ["cases/a.json", "cases/b.json"] },
      files: { "cases/a.json": JSON.stringify(builtinCopy(GRADE_1)), "cases/b.json": JSON.stringify(builtinCopy(GRADE_3)) },
    });
    expect(result.listed).toEqual(["cases"]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    const { lines, row, last } = table(result.stdout);
    expect(row("cart-crs-grade-1")).toMatch(/^PASS\s/);
    expect(row("cart-crs-grade-3-nasal-cannula-8l")).toMatch(/^PASS\s+cart-crs-grade-3-nasal-cannula-8l\s+ok\s+4\/4$/);
    expect(lines.filter((line) => /^(PASS|FAIL)\s/.test(line))).toHaveLength(2);
    expect(last).toBe("2 passed, 0 failed");
  });

  test("several paths: a folder and a single file are run together", async () => {
    const result = await run(["scenarios", "cases", "extra.json"], {
      folders: { cases: ["cases/a.json"] },
      files: { "cases/a.json": JSON.stringify(builtinCopy(GRADE_1)), "extra.json": JSON.stringify(builtinCopy(GRADE_3)) },
    });
    expect(result.code).toBe(0);
    expect(table(result.stdout).last).toBe("2 passed, 0 failed");
  });

  test("a wrong expected result: exit 1, the row shows FAIL and a detail line names the mismatch", async () => {
    const wrong = builtinCopy(GRADE_3);
    const crs = wrong.expected.instruments["astct-crs"]!;
    Object.assign(crs, { value: 2, min: 2, max: 2 });
    const result = await run(["scenarios", "cases"], {
      folders: { cases: ["cases/grade-1.json", "cases/wrong.json"] },
      files: { "cases/grade-1.json": JSON.stringify(builtinCopy(GRADE_1)), "cases/wrong.json": JSON.stringify(wrong) },
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    const { lines, row, last } = table(result.stdout);
    expect(row("cart-crs-grade-1")).toMatch(/^PASS\s/);
    expect(row("cart-crs-grade-3-nasal-cannula-8l")).toMatch(/^FAIL\s+cart-crs-grade-3-nasal-cannula-8l\s+3 off\s+4\/4$/);
    expect(lines).toContain("  cart-crs-grade-3-nasal-cannula-8l: expected result — astct-crs value 3, expected 2");
    expect(lines).toContain("  cart-crs-grade-3-nasal-cannula-8l: expected result — astct-crs min 3, expected 2");
    expect(last).toBe("1 passed, 1 failed");
  });

  test("a checklist item the answer key misses: exit 1, FAIL with the item and what was found", async () => {
    const wrong = builtinCopy(GRADE_3);
    const flow = wrong.checklist.find((item) => item.id === "flow-8")!;
    flow.check = { kind: "field", path: "vitals.oxygenFlowLPerMin", equals: 6 };
    const result = await run(["scenarios", "wrong.json"], { files: { "wrong.json": JSON.stringify(wrong) } });
    expect(result.code).toBe(1);
    const { lines, row, last } = table(result.stdout);
    expect(row("cart-crs-grade-3-nasal-cannula-8l")).toMatch(/^FAIL\s+cart-crs-grade-3-nasal-cannula-8l\s+ok\s+3\/4$/);
    expect(lines).toContain('  cart-crs-grade-3-nasal-cannula-8l: checklist "flow-8" — Oxygen flow (L/min): 8');
    expect(last).toBe("0 passed, 1 failed");
  });

  test("an unfolding scenario: one row per stage, named by its day; all agree, exit 0", async () => {
    const result = await run(["scenarios", "unfolding.json"], { files: { "unfolding.json": JSON.stringify(builtinCopy("cart-crs-unfolding-treated.json")) } });
    expect(result.code).toBe(0);
    const { lines, last } = table(result.stdout);
    expect(lines.slice(1, 4)).toEqual([
      expect.stringMatching(/^PASS\s+cart-crs-unfolding-treated · day 1\s+ok\s+3\/3$/),
      expect.stringMatching(/^PASS\s+cart-crs-unfolding-treated · day 2\s+ok\s+3\/3$/),
      expect.stringMatching(/^PASS\s+cart-crs-unfolding-treated · day 4\s+ok\s+3\/3$/),
    ]);
    expect(last).toBe("3 passed, 0 failed");
  });

  test("an unfolding scenario whose later stage disagrees: exit 1, only that stage fails, named by its day", async () => {
    const wrong = builtinCopy("cart-crs-unfolding-treated.json") as ReturnType<typeof builtinCopy> & { stages: { expected: { instruments: Record<string, Record<string, unknown>> } }[] };
    wrong.stages[1]!.expected.instruments["astct-crs"]!.value = 1;
    const result = await run(["scenarios", "wrong.json"], { files: { "wrong.json": JSON.stringify(wrong) } });
    expect(result.code).toBe(1);
    const { lines, last } = table(result.stdout);
    expect(lines.slice(1, 4).map((line) => line.split(/\s{2,}/)[0])).toEqual(["PASS", "PASS", "FAIL"]);
    expect(lines).toContain("  cart-crs-unfolding-treated · day 4: expected result — astct-crs value 0, expected 1");
    expect(last).toBe("2 passed, 1 failed");
  });

  test("a scenario failing validation: exit 2, no table, one line per problem naming the file and the field path", async () => {
    const bad = builtinCopy(GRADE_3);
    Object.assign(bad, { id: "Not A Slug" });
    (bad.answerKey as { vitals: Record<string, unknown> }).vitals.temperatureMaxC = 99;
    const result = await run(["scenarios", "cases"], {
      folders: { cases: ["cases/good.json", "cases/bad.json"] },
      files: { "cases/good.json": JSON.stringify(builtinCopy(GRADE_1)), "cases/bad.json": JSON.stringify(bad) },
    });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.errLines).toHaveLength(2);
    expect(result.errLines).toEqual(
      expect.arrayContaining([expect.stringMatching(/^cases\/bad\.json: id: /), expect.stringMatching(/^cases\/bad\.json: answerKey\.vitals\.temperatureMaxC: .*between 30 and 45/)]),
    );
  });

  test("a checklist problem is named with its index in the list", async () => {
    const bad = builtinCopy(GRADE_3);
    bad.checklist[1]!.check = { kind: "field", path: "vitals.oxygenFlowLPerMin", within: [6] };
    const result = await run(["scenarios", "bad.json"], { files: { "bad.json": JSON.stringify(bad) } });
    expect(result.code).toBe(2);
    expect(result.errLines).toHaveLength(1);
    expect(result.errLines[0]).toMatch(/^bad\.json: checklist\[1\]\.check\.within/);
  });

  test("a scenario file that is not JSON: exit 2, one line naming the file", async () => {
    const result = await run(["scenarios", "broken.json"], { files: { "broken.json": fixture("not-json.json") } });
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.errLines).toHaveLength(1);
    expect(result.errLines[0]).toMatch(/^broken\.json: not valid JSON/);
  });

  test("a path that is neither a folder nor a file: exit 2 naming it", async () => {
    const result = await run(["scenarios", "nowhere"]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.errLines).toEqual([expect.stringMatching(/^nowhere: cannot read \(ENOENT\)$/)]);
  });
});
