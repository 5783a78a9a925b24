/**
 * JSON as UTF-8 bytes, written straight into fixed-size chunks: byte for byte what
 * `Buffer.from(JSON.stringify(value))` gives for plain data (objects, arrays, strings, numbers,
 * booleans, null; no `toJSON`, no cycles), without building the text first. Why: `score` spent
 * about half of each item's time stringifying a Screening (6–8 kB) and then encoding that string,
 * a copy each, although most of a Screening is the same from one item to the next.
 *
 * What cannot change is encoded once: deeply frozen values handed to `shared` (the library shares
 * some of its answers frozen — each mediator's mechanism result, the pattern and therapy lists),
 * and strings and object keys, up to a bound. A Screening's own shape, and its settled criteria,
 * are written by screening-bytes.ts. tests/cli/json-bytes.test.ts checks the bytes against
 * JSON.stringify's on arbitrary JSON and on random Screenings.
 */

/** Bytes of deeply frozen values, or null for a frozen value that holds something mutable. */
const frozenBytes = new WeakMap<object, Uint8Array | null>();
/**
 * Encoded strings (quoted and escaped) and keys (with their colon). Bounded in count and length
 * (at most 4096 × 512 code units, a few MB), since texts that carry numbers vary from item to item.
 */
const stringBytes = new Map<string, Uint8Array>();
const keyBytes = new Map<string, Uint8Array>();
const MAX_CACHED_STRINGS = 4096;
const MAX_CACHED_STRING_LENGTH = 512;

const ascii = (text: string): Uint8Array => Buffer.from(text, "latin1");
const NULL = ascii("null");
const TRUE = ascii("true");
const FALSE = ascii("false");
/** Whole numbers 0–1023 (points, grades, counts), encoded once. */
const SMALL_INTEGERS = Array.from({ length: 1024 }, (_, n) => ascii(String(n)));
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const COMMA = 0x2c;
/** Below this length a byte loop copies faster than TypedArray#set. */
const LOOP_COPY_MAX = 24;
const NO_CHUNK = Buffer.alloc(0);

/** Skipped as an object's property value, `null` as an array item: as JSON.stringify does. */
const isSkipped = (value: unknown): boolean => value === undefined || typeof value === "function" || typeof value === "symbol";

function deeplyFrozen(value: unknown): boolean {
  if (typeof value !== "object" || value === null) return true;
  if (!Object.isFrozen(value)) return false;
  for (const key of Object.keys(value)) if (!deeplyFrozen((value as Record<string, unknown>)[key])) return false;
  return true;
}

function cached(map: Map<string, Uint8Array>, text: string, encode: (text: string) => string): Uint8Array | undefined {
  const found = map.get(text);
  if (found !== undefined || text.length > MAX_CACHED_STRING_LENGTH || map.size >= MAX_CACHED_STRINGS) return found;
  const bytes = Buffer.from(encode(text));
  map.set(text, bytes);
  return bytes;
}

const quoted = (text: string): string => JSON.stringify(text);
const quotedKey = (key: string): string => `${JSON.stringify(key)}:`;

/** Writes one item of an array. */
export type ItemWriter<T> = (w: JsonBytesWriter, item: T) => void;

const anyItem: ItemWriter<unknown> = (w, item) => (isSkipped(item) ? w.put(NULL) : w.value(item));

export class JsonBytesWriter {
  /** Allocated when first written to, so the last flush leaves nothing allocated behind it. */
  private chunk: Buffer = NO_CHUNK;
  private used = 0;

  /**
   * `emit` receives each full chunk, and `flush`'s last one: bytes the writer hands over and never
   * touches again (it may keep them, or write them out later). `newChunk` gives a chunk of
   * `chunkBytes` to fill (a fresh one by default; one handed back for reuse spares the page faults
   * of fresh memory).
   */
  constructor(
    private readonly emit: (bytes: Uint8Array) => void,
    private readonly chunkBytes = 1 << 20,
    private readonly newChunk = (): Buffer => Buffer.allocUnsafe(chunkBytes),
  ) {}

  /** Text written as it is (separators, number digits): ASCII only. */
  raw(text: string): void {
    if (text.length > this.chunkBytes) return this.put(ascii(text));
    this.reserve(text.length);
    this.used += this.chunk.write(text, this.used, "latin1");
  }

  /** The JSON of `value` (plain data; undefined, functions and symbols are not JSON on their own). */
  value(value: unknown): void {
    switch (typeof value) {
      case "string":
        return this.string(value);
      case "number":
        return this.number(value);
      case "boolean":
        return this.boolean(value);
      case "object":
        if (value === null) return this.put(NULL);
        if (Array.isArray(value)) return this.list(value, anyItem);
        return this.object(value as Record<string, unknown>);
      default:
        throw new TypeError(`not JSON data: ${typeof value}`);
    }
  }

  /**
   * The JSON of a value that is usually one the library shares: a deeply frozen object or array is
   * encoded once (Object.isFrozen is a slow call, so only values that are usually shared come here).
   */
  shared(value: object): void {
    let bytes = frozenBytes.get(value);
    if (bytes === undefined && Object.isFrozen(value)) {
      bytes = deeplyFrozen(value) ? Buffer.from(JSON.stringify(value)) : null;
      frozenBytes.set(value, bytes);
    }
    if (bytes) this.put(bytes);
    else this.value(value);
  }

  /** An array, each item written by `write`. */
  list<T>(items: readonly T[], write: ItemWriter<T>): void {
    this.byte(OPEN_BRACKET);
    for (let i = 0; i < items.length; i++) {
      if (i > 0) this.byte(COMMA);
      write(this, items[i]!);
    }
    this.byte(CLOSE_BRACKET);
  }

  boolean(value: boolean): void {
    this.put(value ? TRUE : FALSE);
  }

  /** `null`, or the number. */
  nullableNumber(n: number | null): void {
    if (n === null) this.put(NULL);
    else this.number(n);
  }

  number(n: number): void {
    if (n >= 0 && n < SMALL_INTEGERS.length && (n | 0) === n) this.put(SMALL_INTEGERS[n]!);
    else if (Number.isFinite(n)) this.raw(String(n));
    else this.put(NULL);
  }

  string(text: string): void {
    const bytes = cached(stringBytes, text, quoted);
    if (bytes !== undefined) this.put(bytes);
    else this.encoded(quoted(text));
  }

  /** Bytes that are already JSON (encoded once by the caller), copied in. */
  put(bytes: Uint8Array): void {
    const n = bytes.length;
    if (this.used + n > this.chunk.length) {
      this.reserve(n);
      // Longer than a chunk: handed over as a copy, since the caller's bytes are shared.
      if (n > this.chunk.length) return this.emit(Uint8Array.prototype.slice.call(bytes));
    }
    const chunk = this.chunk;
    const at = this.used;
    if (n <= LOOP_COPY_MAX) for (let i = 0; i < n; i++) chunk[at + i] = bytes[i]!;
    else chunk.set(bytes, at);
    this.used = at + n;
  }

  byte(b: number): void {
    if (this.used === this.chunk.length) this.reserve(1);
    this.chunk[this.used++] = b;
  }

  /** Hands over what is in the chunk. */
  flush(): void {
    if (this.used > 0) this.emit(this.chunk.subarray(0, this.used));
    this.chunk = NO_CHUNK;
    this.used = 0;
  }

  /** Room for `bytes` more (a fresh chunk when they do not fit; a value longer than a chunk is for the caller). */
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.chunk.length) return;
    this.flush();
    this.chunk = this.newChunk();
  }

  private encoded(json: string): void {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    if (json.length * 3 > this.chunkBytes) return this.put(Buffer.from(json));
    this.reserve(json.length * 3);
    this.used += this.chunk.write(json, this.used);
  }

  private object(record: Record<string, unknown>): void {
    this.byte(OPEN_BRACE);
    let first = true;
    for (const key of Object.keys(record)) {
      const item = record[key];
      if (isSkipped(item)) continue;
      if (!first) this.byte(COMMA);
      first = false;
      const bytes = cached(keyBytes, key, quotedKey);
      if (bytes !== undefined) this.put(bytes);
      else this.encoded(quotedKey(key));
      this.value(item);
    }
    this.byte(CLOSE_BRACE);
  }
}
