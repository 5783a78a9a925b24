/**
 * `crs-screen score` on a large array, spread over threads. The main thread reads the input's
 * bytes into shared memory and cuts them between two items into shares; it scores the first share
 * itself (it is warm, while a worker still has to start, so its share is a little larger) and each
 * worker one other. Every thread decodes and parses its own share, validates it, and — once every
 * share is known to be valid — screens it and writes the JSON straight to stdout, taking turns in
 * item order (a thread whose turn has not come keeps its bytes until it has). Nothing crosses
 * threads but counts, problems and a turn number, and the bytes are what one thread prints
 * (main.ts `arrayPieces`). Parsing, validation, screening and serialisation split cleanly by item,
 * so two cores nearly halve the time.
 *
 * A cut that is not between two items (inside a string, or inside an item) leaves a share that is
 * not JSON; then the single-threaded path parses the whole text and words the error (or scores
 * it), so messages never depend on where the text was cut.
 */
import { writeSync } from "node:fs";
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import type { Screening } from "../screen/screen";
import { JsonBytesWriter } from "./json-bytes";
import { writeScreening } from "./screening-bytes";
import { arrayPieces, checkItems, outputFailure } from "./main";

/** Below this much JSON, starting threads costs more than it saves (~1 MB is ~600 assessments). */
const PARALLEL_MIN_BYTES = 1_000_000;
const MAX_THREADS = 4;
const STDOUT = 1;
/**
 * How much larger the main thread's share is than a worker's, as a fraction of a share: a worker
 * starts about a tenth of a second after the main thread could begin (measured on 20 000 items).
 */
const MAIN_SHARE_HEAD_START = 0.2;
/** Bytes a thread gathers before writing (or keeping them until its turn). */
const CHUNK_BYTES = 1 << 20;

interface WorkerTask {
  readonly role: "crs-screen-score";
}

/** A worker's share: bytes [start, end) of the input — whole items, without the brackets. */
interface Share {
  readonly input: Uint8Array;
  readonly start: number;
  readonly end: number;
  /** Whose turn it is to write (index of the share); shared by every worker. */
  readonly turn: Int32Array;
  readonly part: number;
}

type ToWorker = { readonly kind: "share"; readonly share: Share } | { readonly kind: "first"; readonly first: number; readonly total: number } | { readonly kind: "write" };

type FromWorker =
  | { readonly kind: "not-json" }
  | { readonly kind: "parsed"; readonly count: number }
  | { readonly kind: "checked"; readonly problems: readonly string[] }
  | { readonly kind: "written" }
  | { readonly kind: "write-failed"; readonly code: string };

const isSpace = (byte: number) => byte === 0x20 || byte === 0x0a || byte === 0x0d || byte === 0x09;

/** The first and last byte that is not JSON whitespace (-1 when there is none). */
function trimmed(bytes: Uint8Array): { readonly first: number; readonly last: number } {
  let first = 0;
  while (first < bytes.length && isSpace(bytes[first]!)) first++;
  let last = bytes.length - 1;
  while (last >= first && isSpace(bytes[last]!)) last--;
  return first < bytes.length ? { first, last } : { first: -1, last: -1 };
}

/**
 * Threads to score this input with: 1 (stay single-threaded) for small inputs, objects, or one
 * core. CRS_SCREEN_THREADS sets the count and then applies to any array (tests, tuning).
 */
export function scoringThreads(bytes: Uint8Array, env: Readonly<Record<string, string | undefined>> = process.env): number {
  const { first } = trimmed(bytes);
  if (first < 0 || bytes[first] !== 0x5b /* [ */) return 1;
  const asked = Number(env.CRS_SCREEN_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, MAX_THREADS);
  if (bytes.length < PARALLEL_MIN_BYTES) return 1;
  return Math.min(availableParallelism(), MAX_THREADS);
}

/**
 * The comma at or after `from` that looks like it separates two items: `}`, then a comma, then
 * `{`, with only whitespace between. Multi-byte UTF-8 never contains these bytes, so a byte scan is
 * safe; whether the comma really is between two items is for the parser to confirm.
 */
function itemComma(bytes: Uint8Array, from: number, before: number): number {
  for (let i = Math.max(from, 1); i < before; i++) {
    if (bytes[i] !== 0x2c /* , */) continue;
    let back = i - 1;
    while (back > 0 && isSpace(bytes[back]!)) back--;
    if (bytes[back] !== 0x7d /* } */) continue;
    let ahead = i + 1;
    while (ahead < before && isSpace(bytes[ahead]!)) ahead++;
    if (bytes[ahead] === 0x7b /* { */) return i;
  }
  return -1;
}

/**
 * Byte ranges of at most `parts` shares of a JSON array (items only: after `[`, before `]`),
 * cut at commas near equal sizes (the first, the main thread's, a little larger); null when the
 * text is not bracketed like an array or no cut was found (then one thread does it all).
 */
export function shareBounds(bytes: Uint8Array, parts: number): { readonly start: number; readonly end: number }[] | null {
  const { first, last } = trimmed(bytes);
  if (first < 0 || bytes[first] !== 0x5b /* [ */ || bytes[last] !== 0x5d /* ] */ || last <= first) return null;
  const bounds: { start: number; end: number }[] = [];
  let start = first + 1;
  for (let part = 1; part < parts; part++) {
    const target = first + Math.floor(((last - first) * (part + MAIN_SHARE_HEAD_START)) / (parts + MAIN_SHARE_HEAD_START));
    const comma = itemComma(bytes, Math.max(start, target), last);
    if (comma < 0) break;
    bounds.push({ start, end: comma });
    start = comma + 1;
  }
  if (bounds.length === 0) return null;
  bounds.push({ start, end: last });
  return bounds;
}

/** Writes all of `bytes` to stdout; waits (briefly) and retries while a non-blocking pipe is full. */
function writeAll(bytes: Uint8Array, pause: Int32Array): void {
  let offset = 0;
  while (offset < bytes.length) {
    try {
      offset += writeSync(STDOUT, bytes, offset, bytes.length - offset);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EAGAIN") throw error;
      Atomics.wait(pause, 0, 0, 1);
    }
  }
}

/**
 * A thread's output (the main thread's or a worker's): bytes gathered in chunks, written as soon
 * as (and only while) it is this share's turn; until then they are kept. When the share is done,
 * its turn passes on.
 */
class TurnOutput {
  private readonly writer = new JsonBytesWriter((chunk) => this.emit(chunk), CHUNK_BYTES);
  private readonly kept: Uint8Array[] = [];
  private readonly pause = new Int32Array(new SharedArrayBuffer(4));

  constructor(
    private readonly turn: Int32Array,
    private readonly part: number,
  ) {}

  /** A piece of arrayPieces: separator text as it is, a Screening as its JSON. */
  add(piece: Screening | string): void {
    if (typeof piece === "string") this.writer.raw(piece);
    else writeScreening(this.writer, piece);
  }

  finish(): void {
    this.writer.flush();
    while (Atomics.load(this.turn, 0) !== this.part) Atomics.wait(this.turn, 0, Atomics.load(this.turn, 0), 100);
    this.flushKept();
    Atomics.store(this.turn, 0, this.part + 1);
    Atomics.notify(this.turn, 0);
  }

  private emit(bytes: Uint8Array): void {
    if (Atomics.load(this.turn, 0) !== this.part) {
      this.kept.push(bytes);
      return;
    }
    this.flushKept();
    writeAll(bytes, this.pause);
  }

  private flushKept(): void {
    for (const bytes of this.kept.splice(0)) writeAll(bytes, this.pause);
  }
}

/** One share's work, in the steps every thread takes in lockstep: parse, check, write. */
class ShareScorer {
  private items: unknown[] = [];
  private valid: ReturnType<typeof checkItems>["assessments"] = [];
  private first = 0;

  constructor(private readonly share: Share) {}

  /** The number of items, or null when the share is not JSON (the main thread then rereads the whole). */
  parse(): number | null {
    const { input, start, end } = this.share;
    const text = Buffer.from(input.buffer, input.byteOffset + start, end - start).toString("utf8");
    try {
      this.items = JSON.parse(`[${text}]`) as unknown[];
    } catch {
      return null;
    }
    return this.items.length;
  }

  /** The problems of the share's items, numbered from `first`, in item order. */
  check(first: number): readonly string[] {
    this.first = first;
    const { assessments, problems } = checkItems(this.items, true, first);
    this.items = [];
    this.valid = assessments;
    return problems;
  }

  /** Screens the share (of an array of `total` items) and writes it in its turn; returns the error code when writing failed. */
  write(total: number): string | null {
    const output = new TurnOutput(this.share.turn, this.share.part);
    try {
      for (const piece of arrayPieces(this.valid, this.first, total)) output.add(piece);
      output.finish();
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === undefined) throw error;
      return code;
    }
    return null;
  }
}

/** True when this thread is a scoring worker (then it has already done its work). */
export function runScoringWorker(): boolean {
  if (isMainThread || parentPort === null) return false;
  if ((workerData as Partial<WorkerTask> | undefined)?.role !== "crs-screen-score") return false;
  const port = parentPort;
  const post = (message: FromWorker) => port.postMessage(message);
  let scorer: ShareScorer;
  let total = 0;
  port.on("message", (message: ToWorker) => {
    switch (message.kind) {
      case "share": {
        scorer = new ShareScorer(message.share);
        const count = scorer.parse();
        post(count === null ? { kind: "not-json" } : { kind: "parsed", count });
        return;
      }
      case "first":
        total = message.total;
        post({ kind: "checked", problems: scorer.check(message.first) });
        return;
      case "write": {
        const code = scorer.write(total);
        post(code === null ? { kind: "written" } : { kind: "write-failed", code });
        port.close();
      }
    }
  });
  return true;
}

/** A started worker and its messages, in the order it sent them. */
function startWorker(entry: URL) {
  const task: WorkerTask = { role: "crs-screen-score" };
  const worker = new Worker(entry, { workerData: task });
  const queue: FromWorker[] = [];
  let wake: (() => void) | null = null;
  let failure: Error | null = null;
  worker.on("message", (message: FromWorker) => {
    queue.push(message);
    wake?.();
  });
  worker.on("error", (error) => {
    failure = error;
    wake?.();
  });
  // A worker that ends without a word (killed, out of memory) must not leave the run waiting.
  worker.on("exit", (code) => {
    failure ??= new Error(`a scoring thread stopped (exit code ${code})`);
    wake?.();
  });
  const next = async (): Promise<FromWorker> => {
    while (queue.length === 0) {
      if (failure !== null) throw failure;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
    return queue.shift()!;
  };
  const send = (message: ToWorker) => worker.postMessage(message);
  return { worker, next, send };
}

/**
 * A closed pipe (`crs-screen score big.json | head`) is the reader's choice, not an error; any
 * other failure to write is one line and exit code 2, as on one thread (bin.ts).
 */
function exitAfterWriteFailure(code: string, err: (text: string) => void): number {
  if (code === "EPIPE") return 0;
  err(outputFailure(code));
  return 2;
}

/**
 * Scores `input` (the bytes of a JSON array) on up to `threads` threads: this one and workers
 * started from `entry` (this bundle). Returns the exit code, or null when the single-threaded path
 * must take it (the text cannot be cut, or a share is not JSON — the whole may not be either, and
 * that path words it). Problems go to `err` exactly as the single-threaded path prints them; the
 * Screenings go to stdout.
 */
export async function scoreInParallel(input: Uint8Array, threads: number, entry: URL, err: (text: string) => void): Promise<number | null> {
  // Workers start first: their start-up overlaps copying the input, finding the cuts and parsing the first share.
  const workers = Array.from({ length: threads - 1 }, () => startWorker(entry));
  try {
    const shared = new Uint8Array(new SharedArrayBuffer(input.length));
    shared.set(input);
    const bounds = shareBounds(shared, threads);
    if (bounds === null) return null;
    const turn = new Int32Array(new SharedArrayBuffer(4));
    const shares = bounds.map((b, part): Share => ({ input: shared, ...b, turn, part }));
    const active = workers.slice(0, shares.length - 1);
    active.forEach((w, i) => w.send({ kind: "share", share: shares[i + 1]! }));
    const own = new ShareScorer(shares[0]!);
    const ownCount = own.parse();
    if (ownCount === null) return null;
    // The first share's items are numbered from 0 whatever the others hold: check them while the workers parse.
    const problems = [...own.check(0)];
    const parsed = await Promise.all(active.map((w) => w.next()));
    const counts = [ownCount, ...parsed.map((m) => (m.kind === "parsed" ? m.count : null))];
    if (counts.includes(null)) return null;
    const total = counts.reduce<number>((sum, n) => sum + n!, 0);
    let first = ownCount;
    for (const [i, w] of active.entries()) {
      w.send({ kind: "first", first, total });
      first += counts[i + 1]!;
    }
    for (const message of await Promise.all(active.map((w) => w.next()))) if (message.kind === "checked") problems.push(...message.problems);
    if (problems.length > 0) {
      err(problems.join("\n"));
      return 2;
    }
    active.forEach((w) => w.send({ kind: "write" }));
    const failed = own.write(total);
    if (failed !== null) return exitAfterWriteFailure(failed, err);
    for (const w of active) {
      const message = await w.next();
      if (message.kind === "write-failed") return exitAfterWriteFailure(message.code, err);
    }
    return 0;
  } finally {
    await Promise.all(workers.map((w) => w.worker.terminate()));
  }
}
