/**
 * The CLI's byte writer (lib/cli/json-bytes.ts, screening-bytes.ts) against the one it replaces:
 * for any data, and for any Screening, the bytes are exactly `Buffer.from(JSON.stringify(value))`,
 * whatever the chunk size (values are split across chunks at every possible place).
 */
import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { JsonBytesWriter } from "@/lib/cli/json-bytes";
import { writeScreening } from "@/lib/cli/screening-bytes";
import { validateAssessment } from "@/lib/assessment";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { screen, type Screening } from "@/lib/screen/screen";
import { assessmentArbitrary } from "../lib/arbitraries";

/**
 * What a writer with `chunkBytes`-byte chunks emits for `write`, joined. The chunks are kept as
 * handed over, not copied, and joined only at the end (as the threads keep theirs until their
 * turn): a writer that touched a chunk again, or handed over shared bytes, would show here.
 */
function bytesOf(write: (w: JsonBytesWriter) => void, chunkBytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  const w = new JsonBytesWriter((chunk) => chunks.push(chunk), chunkBytes);
  write(w);
  w.flush();
  expect(chunks.every((c) => c.length > 0)).toBe(true);
  const joined = Buffer.concat(chunks);
  // Scribble over what was handed over: later writes must not change (nor be changed by) it.
  for (const chunk of chunks) chunk.fill(0x58);
  return joined;
}

const expected = (value: unknown): Buffer => Buffer.from(JSON.stringify(value));

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

const chunkSize = fc.oneof(fc.integer({ min: 1, max: 64 }), fc.constant(1 << 16));

describe("JsonBytesWriter: JSON.stringify's bytes", () => {
  test("any JSON value, any chunk size", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: "binary" }), chunkSize, (value, size) => {
        expect(bytesOf((w) => w.value(value), size)).toEqual(expected(value));
        // Twice: keys and strings now come from the caches, which the scribbling must not have reached.
        expect(bytesOf((w) => w.value(value), size)).toEqual(expected(value));
      }),
      { numRuns: 500 },
    );
  });

  test("chunks handed back for reuse, still holding old bytes, change nothing", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.integer({ min: 1, max: 64 }), (value, size) => {
        const written: Buffer[] = [];
        const handedBack: Buffer[] = [];
        // As the output thread does: each chunk, once written out (copied here), comes back to be filled again.
        const w = new JsonBytesWriter(
          (chunk) => {
            written.push(Buffer.from(chunk));
            if (chunk.byteOffset === 0 && chunk.buffer.byteLength === size) handedBack.push(Buffer.from(chunk.buffer));
          },
          size,
          () => handedBack.pop() ?? Buffer.alloc(size, 0x58),
        );
        w.value(value);
        w.value(value);
        w.flush();
        expect(Buffer.concat(written)).toEqual(Buffer.concat([expected(value), expected(value)]));
      }),
      { numRuns: 300 },
    );
  });

  test("any string: escapes, non-ASCII, astral and lone surrogates", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)) }), chunkSize, (text, surrogates, size) => {
        const value = { text, surrogates, both: [text + surrogates] };
        expect(bytesOf((w) => w.value(value), size)).toEqual(expected(value));
      }),
      { numRuns: 300 },
    );
  });

  test("numbers as JSON writes them: -0, fractions, exponents, NaN and Infinity as null", () => {
    const numbers = [0, -0, 1, 1023, 1024, -1, 0.1, 1e21, 1e-7, 123456789.125, Number.MAX_SAFE_INTEGER, NaN, Infinity, -Infinity];
    expect(bytesOf((w) => w.value(numbers), 5)).toEqual(expected(numbers));
  });

  test("undefined and functions: left out of objects, null in arrays", () => {
    const value = { a: undefined, b: 1, c: () => 1, d: [undefined, () => 1, Symbol("s"), 2] };
    expect(bytesOf((w) => w.value(value), 3)).toEqual(expected(value));
  });

  test("shared values: a deeply frozen one is written the same from its cached bytes; a shallowly frozen one is walked each time", () => {
    fc.assert(
      fc.property(fc.jsonValue({ stringUnit: "binary" }), chunkSize, (value, size) => {
        const frozen = deepFreeze(structuredClone({ value }));
        expect(bytesOf((w) => w.shared(frozen), size)).toEqual(expected(frozen));
        expect(bytesOf((w) => w.shared(frozen), size)).toEqual(expected(frozen));
      }),
    );
    const inner = { changes: 1 };
    const shallow = Object.freeze({ inner });
    expect(bytesOf((w) => w.shared(shallow), 8)).toEqual(expected(shallow));
    inner.changes = 2;
    expect(bytesOf((w) => w.shared(shallow), 8).toString()).toBe('{"inner":{"changes":2}}');
  });

  test("more distinct strings than the cache keeps are still written right", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `text ${i} ≥ ${"x".repeat(i % 7)}`);
    expect(bytesOf((w) => w.value(many), 1 << 12)).toEqual(expected(many));
    expect(bytesOf((w) => w.value(many), 1 << 12)).toEqual(expected(many));
  });

  test("not JSON on its own: undefined is refused, not written", () => {
    expect(() => bytesOf((w) => w.value(undefined), 8)).toThrow(TypeError);
  });
});

describe("writeScreening: a Screening's bytes are JSON.stringify's", () => {
  const screeningOf = (input: unknown): Screening => {
    const result = validateAssessment(input);
    if (!result.ok) throw new Error("the arbitrary made an invalid assessment");
    return screen(result.assessment);
  };

  test.each(["complete", "any"] as const)("random %s assessments, any chunk size", (completeness) => {
    fc.assert(
      fc.property(assessmentArbitrary(completeness), chunkSize, (input, size) => {
        const screening = screeningOf(input);
        // Twice: the second time the repeated parts come from the caches.
        expect(bytesOf((w) => writeScreening(w, screening), size)).toEqual(expected(screening));
        expect(bytesOf((w) => writeScreening(w, screening), size)).toEqual(expected(screening));
      }),
      { numRuns: 300 },
    );
  });

  test("many Screenings through one writer, separated as the threads separate them, at small chunk sizes", () => {
    fc.assert(
      fc.property(fc.array(assessmentArbitrary("any"), { minLength: 2, maxLength: 8 }), fc.integer({ min: 1, max: 200 }), (inputs, size) => {
        const screenings = inputs.map(screeningOf);
        const written = bytesOf((w) => {
          w.raw("[\n");
          screenings.forEach((s, i) => {
            if (i > 0) w.raw(",");
            writeScreening(w, s);
          });
          w.raw("]\n");
        }, size);
        expect(written.toString()).toBe(`[\n${screenings.map((s) => JSON.stringify(s)).join(",")}]\n`);
      }),
      { numRuns: 60 },
    );
  });

  test("every built-in scenario's answer key", () => {
    for (const scenario of builtinScenarios()) {
      const screening = screen(scenario.answerKey);
      expect(bytesOf((w) => writeScreening(w, screening), 1 << 16)).toEqual(expected(screening));
    }
  });
});
