/**
 * Untrusted input to the command line: random JSON, truncated JSON, prototype-pollution keys, deep
 * nesting and oversized values. The CLI answers each with a result or a clear message and exit 2 —
 * never a crash, never a hang, never a polluted prototype.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { main, type CliIo } from "@/lib/cli/main";

function run(stdin: string) {
  let out = "";
  let err = "";
  const io: CliIo = {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    readFile: () => {
      throw Object.assign(new Error("no files"), { code: "ENOENT" });
    },
    readStdin: () => stdin,
    listJsonFiles: () => null,
  };
  const code = main(["score", "-"], io);
  return { code, out, err };
}

function expectAnswered(r: ReturnType<typeof run>) {
  expect([0, 2]).toContain(r.code);
  if (r.code === 0) {
    expect(r.err).toBe("");
    JSON.parse(r.out);
  } else {
    expect(r.out).toBe("");
    expect(r.err.trim().length).toBeGreaterThan(0);
    expect(r.err).not.toMatch(/\n\s+at /); // no stack trace
  }
}

describe("crs-screen score on untrusted input", () => {
  test("random JSON values are answered, never crash", () => {
    fc.assert(fc.property(fc.json(), (text) => expectAnswered(run(text))), { numRuns: 300 });
  });

  test("random objects shaped like an Assessment are answered", () => {
    const section = fc.dictionary(fc.constantFrom("temperatureMaxC", "ferritinNgPerMl", "chills", "setting", "x", "__proto__", "constructor"), fc.jsonValue());
    const shaped = fc.record({ schemaVersion: fc.constantFrom(1, 2, "1"), vitals: section, labs: section, context: section }, { requiredKeys: [] });
    fc.assert(fc.property(shaped, (value) => expectAnswered(run(JSON.stringify(value)))), { numRuns: 300 });
  });

  test("truncated JSON is a one-line message", () => {
    const text = JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: 800 } });
    for (let cut = 1; cut < text.length; cut++) {
      const r = run(text.slice(0, cut));
      expect(r.code).toBe(2);
      expect(r.err.trim().split("\n")).toHaveLength(1);
    }
  });

  test("prototype-pollution keys are refused and pollute nothing", () => {
    for (const text of [
      '{"schemaVersion":1,"__proto__":{"polluted":true}}',
      '{"schemaVersion":1,"labs":{"__proto__":{"polluted":true}}}',
      '{"schemaVersion":1,"constructor":{"prototype":{"polluted":true}}}',
      '[{"schemaVersion":1},{"__proto__":{"polluted":true},"schemaVersion":1}]',
    ]) {
      const r = run(text);
      expect(r.code).toBe(2);
      expect(r.err).toMatch(/Unknown field "(__proto__|constructor)"/);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty("polluted");
    }
  });

  test("deep nesting and oversized values are answered", () => {
    // (a hang would hit Vitest's test timeout)
    const deep = `{"schemaVersion":1,"labs":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    expectAnswered(run(deep));
    expectAnswered(run(JSON.stringify({ schemaVersion: 1, label: "x".repeat(5_000_000) })));
    expectAnswered(run(JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: 1e308 } })));
  });
});
