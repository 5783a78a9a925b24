/**
 * `crs-screen score` on a large array, spread over threads. The main thread reads the input's
 * bytes into shared memory and cuts them between two items into shares; it scores the first share
 * itself (it is warm, while a worker still has to start, so its share is a little larger) and each
 * worker one other. Every scoring thread decodes and parses its own share, validates it and, while
 * the others are still at it, screens it, handing its output in chunks to an output thread
 * (output-thread.ts). That thread writes the shares to stdout in order, once every share is known
 * to be JSON and valid (so invalid input prints nothing); a write that has to wait for the reader
 * of a pipe keeps no scoring thread waiting. Nothing crosses threads but counts, problems and the
 * output's bytes (moved, not copied), and the bytes are what one thread prints (main.ts
 * `arrayPieces`). Parsing, validation, screening and serialisation split cleanly by item, so two
 * cores nearly halve the time.
 *
 * A cut that is not between two items (inside a string, or inside an item) leaves a share that is
 * not JSON; then the single-threaded path parses the whole text and words the error (or scores
 * it), so messages never depend on where the text was cut.
 */
import { availableParallelism } from "node:os";
import { MessageChannel, Worker, isMainThread, parentPort, receiveMessageOnPort, workerData, type MessagePort } from "node:worker_threads";
import { JsonBytesWriter } from "./json-bytes";
import { writeScreening } from "./screening-bytes";
import { arrayPieces, invalidItemLines, outputFailure, sortItems } from "./main";
import { RunState, type OutputOutcome, type OutputTask, type ShareReport } from "./share-messages";

/** Below this much JSON, starting threads costs more than it saves (~1 MB is ~600 assessments). */
const PARALLEL_MIN_BYTES = 1_000_000;
const MAX_THREADS = 4;
/**
 * How much larger the main thread's share is than a worker's, as a fraction of a share: a worker
 * starts about a tenth of a second after the main thread could begin (measured on 20 000 items).
 */
const MAIN_SHARE_HEAD_START = 0.2;
/** Bytes a scoring thread gathers before handing them to the output thread. */
const CHUNK_BYTES = 1 << 20;

interface WorkerTask {
  readonly role: "crs-screen-score";
}

/** A share: bytes [start, end) of the input — whole items, without the brackets. */
interface Share {
  readonly input: Uint8Array;
  readonly start: number;
  readonly end: number;
  /** Whether the share holds the array's first item (it prints the `[`) and its last (it prints the `]`). */
  readonly opens: boolean;
  readonly closes: boolean;
  /** Where the share's report goes: a port to the output thread. */
  readonly port: MessagePort;
  /** The run's shared state (share-messages.ts RunState): STOP is set when the output will not be written (invalid input, not JSON, a failed write). */
  readonly state: Int32Array;
}

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

/** A chunk the output thread has written and handed back (share-messages.ts), if one is waiting. */
function writtenChunk(port: MessagePort): Buffer | undefined {
  const returned = receiveMessageOnPort(port)?.message as ArrayBuffer | undefined;
  return returned?.byteLength === CHUNK_BYTES ? Buffer.from(returned) : undefined;
}

/** Parses, checks and screens a share, reporting each step to the output thread (share-messages.ts). */
function scoreShare(share: Share): void {
  const { input, start, end, port, state } = share;
  const report = (message: ShareReport, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  let items: unknown[];
  try {
    items = JSON.parse(`[${Buffer.from(input.buffer, input.byteOffset + start, end - start).toString("utf8")}]`) as unknown[];
  } catch {
    return report({ kind: "not-json" });
  }
  const { assessments, invalid } = sortItems(items);
  report({ kind: "checked", count: items.length, invalid });
  if (invalid.length > 0) return;
  const writer = new JsonBytesWriter((bytes) => report({ kind: "bytes", bytes }, [bytes.buffer as ArrayBuffer]), CHUNK_BYTES, () => writtenChunk(port) ?? Buffer.allocUnsafe(CHUNK_BYTES));
  for (const piece of arrayPieces({ assessments }, share.opens, share.closes)) {
    if (typeof piece === "string") writer.raw(piece);
    else if (Atomics.load(state, RunState.STOP) !== 0) return;
    else writeScreening(writer, piece);
  }
  writer.flush();
  report({ kind: "end" });
}

/** True when this thread is a scoring worker (then it has already done its work). */
export function runScoringWorker(): boolean {
  if (isMainThread || parentPort === null) return false;
  if ((workerData as Partial<WorkerTask> | undefined)?.role !== "crs-screen-score") return false;
  // One message, the share. The listener keeps the worker until the main thread ends it, so a
  // worker that exits before the outcome is known has failed (parallel.ts firstMessage).
  parentPort.on("message", (share: Share) => scoreShare(share));
  return true;
}

/** Resolves with a thread's first message; rejects when the thread fails or ends without one (killed, out of memory, its file missing). */
function firstMessage<T>(worker: Worker, name: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    worker.once("message", resolve);
    worker.once("error", (error) => reject(new Error(`${name} failed (${error.message})`)));
    worker.once("exit", (code) => reject(new Error(`${name} stopped (exit code ${code})`)));
  });
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
 * Scores `input` (the bytes of a JSON array) on up to `threads` scoring threads: this one and
 * workers started from `entry` (this bundle), with the output thread started from `outputEntry`.
 * Returns the exit code, or null when the single-threaded path must take it (the text cannot be
 * cut, or a share is not JSON — the whole may not be either, and that path words it — or a thread
 * failed before anything was written). Problems go
 * to `err` exactly as the single-threaded path prints them; the Screenings go to stdout.
 */
export async function scoreInParallel(input: Uint8Array, threads: number, entry: URL, outputEntry: URL, err: (text: string) => void): Promise<number | null> {
  // Workers start first: their start-up overlaps copying the input, finding the cuts and parsing the first share.
  const task: WorkerTask = { role: "crs-screen-score" };
  const workers = Array.from({ length: threads - 1 }, () => new Worker(entry, { workerData: task }));
  const threadFailures = Promise.race(workers.map((w) => firstMessage<never>(w, "a scoring thread")));
  threadFailures.catch(() => undefined); // ending the workers rejects it; only a failure before the outcome matters
  let output: Worker | null = null;
  try {
    const shared = new Uint8Array(new SharedArrayBuffer(input.length));
    shared.set(input);
    const bounds = shareBounds(shared, threads);
    if (bounds === null) return null;
    const channels = bounds.map(() => new MessageChannel());
    const state = new Int32Array(new SharedArrayBuffer(RunState.LENGTH * Int32Array.BYTES_PER_ELEMENT));
    const ports = channels.map((c) => c.port2);
    const outputTask: OutputTask = { ports, state };
    output = new Worker(outputEntry, { workerData: outputTask, transferList: ports });
    const outcome = Promise.race([firstMessage<OutputOutcome>(output, "the output thread"), threadFailures]);
    const shares = bounds.map((b, part): Share => ({ input: shared, ...b, opens: part === 0, closes: part === bounds.length - 1, port: channels[part]!.port1, state }));
    shares.slice(1).forEach((share, i) => workers[i]!.postMessage(share, [share.port]));
    scoreShare(shares[0]!);
    let ended: OutputOutcome;
    try {
      ended = await outcome;
    } catch (error) {
      // A thread failed. Before anything is written, one thread can still do it all (or word why not);
      // after, the output on stdout is cut short: one line says so.
      if (Atomics.load(state, RunState.WRITING) === 0) return null;
      err(`crs-screen: ${(error as Error).message}; the output is incomplete`);
      return 2;
    }
    if (ended.kind === "not-json") return null;
    if (ended.kind === "write-failed") return exitAfterWriteFailure(ended.code, err);
    if (ended.kind === "invalid") {
      let first = 0;
      const lines = ended.invalid.flatMap((items, part) => {
        const numbered = invalidItemLines(items, true, first);
        first += ended.counts[part]!;
        return numbered;
      });
      err(lines.join("\n"));
      return 2;
    }
    return 0;
  } finally {
    await Promise.all([...workers, ...(output ? [output] : [])].map((w) => w.terminate()));
  }
}
