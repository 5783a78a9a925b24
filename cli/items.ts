/**
 * Splits a stream of text into the JSON text of each item, so `score --format ndjson` holds one item
 * at a time however long the input. Two shapes of input are accepted:
 *
 * - a JSON array (the first non-blank character is `[`): the items are the array's elements;
 * - NDJSON (anything else): one JSON value per line; blank lines are skipped.
 *
 * The splitter only tracks strings (and their escapes) and bracket depth, to find the commas (in an
 * array) or the newlines (in NDJSON) that end an item at the top level; it does not check the JSON
 * itself — JSON.parse does that, item by item, and words its problems. Hand-written rather than a
 * streaming parser from npm (stream-json, @streamparser/json): those parse every token in JavaScript
 * and build the values themselves, several times slower than the native JSON.parse this leaves the
 * work to, for no gain in what the CLI can tell the user.
 */

/** An item larger than this is refused: memory stays flat even for a file with no line breaks. */
export const MAX_ITEM_CHARS = 1_000_000;

export class SplitError extends Error {}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const NEWLINE = 0x0a;
const OPEN_BRACE = 0x7b;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACE = 0x7d;
const CLOSE_BRACKET = 0x5d;

const isBlank = (text: string): boolean => text.trim() === "";

/** The text of each item, in order. Throws SplitError when the input cannot be split into items. */
export async function* itemTexts(chunks: AsyncIterable<string>): AsyncGenerator<string> {
  let shape: "unknown" | "array" | "lines" = "unknown";
  let depth = 0; // brackets open; in an array, the array's own `[` counts as 1
  let inString = false;
  let escaped = false;
  let arrayClosed = false;
  let sawComma = false;
  let pending = ""; // the start of the current item, carried over from earlier chunks
  let count = 0;

  for await (const chunk of chunks) {
    let start = 0; // where the current item starts in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk.charCodeAt(i);
      if (inString) {
        if (escaped) escaped = false;
        else if (c === BACKSLASH) escaped = true;
        else if (c === QUOTE) inString = false;
        continue;
      }
      if (arrayClosed) {
        if (!isBlank(chunk[i]!)) throw new SplitError(`text after the end of the array (after item [${count - 1}])`);
        continue;
      }
      if (shape === "unknown") {
        if (isBlank(chunk[i]!)) continue;
        shape = c === OPEN_BRACKET ? "array" : "lines";
        if (shape === "array") {
          depth = 1;
          start = i + 1;
          continue;
        }
      }
      if (c === QUOTE) inString = true;
      else if (c === OPEN_BRACE || c === OPEN_BRACKET) depth++;
      else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
        depth--;
        if (shape === "array" && depth === 0) {
          // The array's closing `]`: its last item ends here (`[]` has none; `[1,]` has an empty one, for JSON.parse to refuse).
          const last = pending + chunk.slice(start, i);
          if (!isBlank(last) || sawComma) {
            count++;
            yield last;
          }
          pending = "";
          arrayClosed = true;
        }
      } else if ((c === COMMA && shape === "array" && depth === 1) || (c === NEWLINE && shape === "lines" && depth === 0)) {
        const item = pending + chunk.slice(start, i);
        pending = "";
        start = i + 1;
        sawComma ||= c === COMMA;
        if (shape === "array" || !isBlank(item)) {
          count++;
          yield item;
        }
      }
    }
    if (!arrayClosed) pending += chunk.slice(start);
    if (pending.length > MAX_ITEM_CHARS) throw new SplitError(`item [${count}] is longer than ${MAX_ITEM_CHARS.toLocaleString("en")} characters`);
  }
  if (shape === "array" && !arrayClosed) throw new SplitError(`the input ends before the array's closing ] (in item [${count}])`);
  if (!isBlank(pending)) yield pending; // NDJSON's last line may have no newline
}
