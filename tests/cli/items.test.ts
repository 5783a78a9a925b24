/**
 * The splitter behind `score --format ndjson` (cli/items.ts): whatever the chunks, it hands over
 * each item's text whole, for a JSON array or NDJSON, strings with brackets, commas, escaped quotes
 * and line breaks included.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { itemTexts, MAX_ITEM_CHARS, SplitError } from "@/cli/items";

/** `text` cut at the given places, as a stream could hand it over. */
async function* cutAt(text: string, cuts: readonly number[]): AsyncGenerator<string> {
  let at = 0;
  for (const cut of [...cuts].sort((a, b) => a - b)) {
    yield text.slice(at, cut);
    at = cut;
  }
  yield text.slice(at);
}

async function items(text: string, cuts: readonly number[] = []): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of itemTexts(cutAt(text, cuts))) out.push(JSON.parse(item));
  return out;
}

async function failure(text: string, cuts: readonly number[] = []): Promise<string> {
  try {
    await items(text, cuts);
  } catch (error) {
    if (error instanceof SplitError) return error.message;
    throw error;
  }
  return "no error";
}

// Objects whose strings hold what could fool a splitter: brackets, commas, quotes, backslashes, line breaks.
const tricky = fc.string({ unit: fc.constantFrom("a", ",", "[", "]", "{", "}", '"', "\\", "\n", " ", "é") });
const value = fc.oneof(tricky, fc.integer(), fc.constant(null), fc.array(tricky, { maxLength: 3 }));
const item = fc.dictionary(tricky, value, { maxKeys: 4 });

describe("itemTexts", () => {
  test("a JSON array, compact or spaced, cut anywhere: each element, in order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), fc.boolean(), fc.array(fc.nat(), { maxLength: 6 }), async (list, spaced, cuts) => {
        const text = ` ${JSON.stringify(list, null, spaced ? 2 : 0)}\n`;
        expect(await items(text, cuts.map((c) => c % (text.length + 1)))).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  test("NDJSON, cut anywhere: each line's value, in order", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(item, { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (list, cuts) => {
        const text = list.map((x) => `${JSON.stringify(x)}\n`).join("");
        expect(await items(text, cuts.map((c) => c % (text.length + 1)))).toEqual(list);
      }),
      { numRuns: 200 },
    );
  });

  test("an empty array and empty input have no items", async () => {
    expect(await items("[]")).toEqual([]);
    expect(await items(" [ \n ] ")).toEqual([]);
    expect(await items("")).toEqual([]);
    expect(await items("\n\n")).toEqual([]);
  });

  test("an empty element (`[1,]`) is handed over, for JSON.parse to refuse", async () => {
    const texts: string[] = [];
    for await (const text of itemTexts(cutAt("[1,]", []))) texts.push(text);
    expect(texts).toEqual(["1", ""]);
  });

  test("an array cut short, text after the array, or an item too long to hold: a SplitError saying which", async () => {
    expect(await failure('[{"a": 1}, {"b": ')).toBe("the input ends before the array's closing ] (in item [1])");
    expect(await failure('[{"a": 1}] {"b": 2}')).toBe("text after the end of the array (after item [0])");
    // Streamed in pieces, as a file is read: the item's start is held over from one piece to the next.
    expect(await failure(`[{"a": "${"x".repeat(MAX_ITEM_CHARS)}"}]`, [10, MAX_ITEM_CHARS + 10])).toMatch(/^item \[0\] is longer than 1,000,000 characters$/);
  });
});
