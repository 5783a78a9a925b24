/**
 * Untrusted input to the command line: random JSON, truncated JSON, prototype-pollution keys, deep
 * nesting and oversized values. The CLI answers each with a result or a clear message and exit 2 —
 * never a crash, never a hang, never a polluted prototype.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { main, type CliIo } from "@/cli/main";

const FORMATS = ["json", "ndjson", "csv"] as const;
type Format = (typeof FORMATS)[number];

async function run(stdin: string, format: Format) {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    write: (t) => {
      out += t;
      return Promise.resolve();
    },
    readFile: () => {
      throw Object.assign(new Error("no files"), { code: "ENOENT" });
    },
    readStdin: () => stdin,
    readChunks: async function* () {
      yield stdin;
    },
    listJsonFiles: () => null,
  };
  const code = await main(["score", "--format", format, "-"], io);
  return { code, out, err, format };
}

/** Answered: exit 0 with output that parses, or exit 2 with a message and no stack trace (json and csv: and nothing on stdout). */
function expectAnswered(r: Awaited<ReturnType<typeof run>>) {
  expect([0, 2]).toContain(r.code);
  expect(r.err).not.toMatch(/\n\s+at /);
  if (r.code === 0) {
    expect(r.err).toBe("");
    if (r.format === "json") JSON.parse(r.out);
    if (r.format === "ndjson") for (const line of r.out.trimEnd().split("\n").filter(Boolean)) JSON.parse(line);
  } else {
    expect(r.err.trim().length).toBeGreaterThan(0);
    if (r.format !== "ndjson") expect(r.out).toBe("");
  }
}

describe.each(FORMATS)("crs-screen score --format %s on untrusted input", (format) => {
  test("random JSON values are answered, never crash", async () => {
    await fc.assert(fc.asyncProperty(fc.json(), async (text) => expectAnswered(await run(text, format))), { numRuns: 150 });
  });

  test("random objects shaped like an Assessment are answered", async () => {
    const section = fc.dictionary(fc.constantFrom("temperatureMaxC", "ferritinNgPerMl", "chills", "setting", "x", "__proto__", "constructor"), fc.jsonValue());
    const shaped = fc.record({ schemaVersion: fc.constantFrom(1, 2, "1"), vitals: section, labs: section, context: section }, { requiredKeys: [] });
    await fc.assert(fc.asyncProperty(shaped, async (value) => expectAnswered(await run(JSON.stringify(value), format))), { numRuns: 150 });
  });

  test("truncated JSON is a one-line message", async () => {
    const text = JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: 800 } });
    for (let cut = 1; cut < text.length; cut++) {
      const r = await run(text.slice(0, cut), format);
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  });

  test("prototype-pollution keys are refused and pollute nothing", async () => {
    for (const text of [
      '{"schemaVersion":1,"__proto__":{"polluted":true}}',
      '{"schemaVersion":1,"labs":{"__proto__":{"polluted":true}}}',
      '{"schemaVersion":1,"constructor":{"prototype":{"polluted":true}}}',
      '[{"schemaVersion":1},{"__proto__":{"polluted":true},"schemaVersion":1}]',
    ]) {
      const r = await run(text, format);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Unknown field "(__proto__|constructor)"/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    }
  });

  test("deep nesting and oversized values are answered", async () => {
    // (a hang would hit Vitest's test timeout)
    const deep = `{"schemaVersion":1,"labs":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expectAnswered(await run(deep, format));
    expectAnswered(await run(JSON.stringify({ schemaVersion: 1, label: "x".repeat(5_000_000) }), format));
    expectAnswered(await run(JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: 1e308 } }), format));
  });
});
