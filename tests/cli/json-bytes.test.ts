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
import { BUILTIN_SCENARIOS } from "@/lib/scenarios/builtin/index";
import { screen, type Screening } from "@/lib/screen/screen";
import { assessmentArbitrary } from "../lib/arbitraries";

/** What a writer with `chunkBytes`-byte chunks emits for `write`, joined. */
function bytesOf(write: (w: JsonBytesWriter) => void, chunkBytes: number): Buffer {
  const chunks: Uint8Array[] = [];
  const w = new JsonBytesWriter((chunk) => chunks.push(chunk.slice()), chunkBytes);
  write(w);
  w.flush();
  expect(chunks.every((c) => c.length > 0)).toBe(true);
  return Buffer.concat(chunks);
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
      fc.property(fc.jsonValue(), chunkSize, (value, size) => {
        expect(bytesOf((w) => w.value(value), size)).toEqual(expected(value));
      }),
      { numRuns: 500 },
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

  test("shared values: a deeply frozen one is encoded once and written the same; a shallowly frozen one is walked each time", () => {
    fc.assert(
      fc.property(fc.jsonValue(), chunkSize, (value, size) => {
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

  test("every built-in scenario's answer key", () => {
    for (const scenario of BUILTIN_SCENARIOS) {
      const screening = screen(scenario.answerKey);
      expect(bytesOf((w) => writeScreening(w, screening), 1 << 16)).toEqual(expected(screening));
    }
  });
});
