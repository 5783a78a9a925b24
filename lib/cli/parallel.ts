/**
 * `crs-screen score` on a large array, spread over worker threads. The main thread finds where
 * the array's items start (one pass over the text, while the workers start up) and hands each
 * worker the text of its share (whole OUTPUT_BATCH slices, in order); each parses, validates and
 * screens only that and sends the JSON back as bytes; the main thread prints every problem in item order (nothing on stdout), or else writes
 * the workers' bytes in order — byte for byte what the single-threaded path prints. Validation,
 * screening and serialisation are most of the time on twenty thousand assessments, and they split
 * cleanly by item, so two cores nearly halve it.
 */
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { OUTPUT_BATCH, checkItems, parseJson, screeningBatches } from "./main";

/** Below this much JSON, starting threads costs more than it saves (~1 MB is ~600 assessments). */
export const PARALLEL_MIN_CHARS = 1_000_000;
const MAX_THREADS = 4;

interface WorkerTask {
  readonly role: "crs-screen-score";
}

/** A worker's share: the text of items `first…` (without the brackets) of an array of `total`. */
interface Share {
  readonly text: string;
  readonly first: number;
  readonly total: number;
}

type WorkerMessage =
  | { readonly kind: "not-json" }
  | { readonly kind: "checked"; readonly problems: readonly string[] }
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  | { readonly kind: "done" };

/**
 * Threads to score this input with: 1 (stay single-threaded) for small inputs, objects, or one
 * core. CRS_SCREEN_THREADS sets the count and then applies to any array (tests, tuning).
 */
export function scoringThreads(text: string, env: Readonly<Record<string, string | undefined>> = process.env): number {
  if (!text.trimStart().startsWith("[")) return 1;
  const asked = Number(env.CRS_SCREEN_THREADS);
  if (Number.isInteger(asked) && asked >= 1) return Math.min(asked, MAX_THREADS);
  if (text.length < PARALLEL_MIN_CHARS) return 1;
  return Math.min(availableParallelism(), MAX_THREADS);
}

/** Items [start, end) of part `part`: whole output batches, so the bytes match the single-threaded output. */
export function partBounds(count: number, part: number, parts: number): { readonly start: number; readonly end: number } {
  const batches = Math.ceil(count / OUTPUT_BATCH);
  const perPart = Math.ceil(batches / parts) * OUTPUT_BATCH;
  return { start: Math.min(count, part * perPart), end: Math.min(count, (part + 1) * perPart) };
}

/**
 * Where each top-level item of a JSON array ends: the offsets of the separating commas and of the
 * closing bracket (strings and nesting skipped). Null when the text is not one array this pass can
 * read — then the single-threaded path parses it and reports any error exactly as ever.
 */
export function itemEnds(text: string): number[] | null {
  const ends: number[] = [];
  let depth = 0;
  let inString = false;
  let closed = -1;
  let i = 0;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text.charCodeAt(i) !== 91 /* [ */) return null;
  for (; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123 /* [ { */) depth++;
    else if (c === 93 || c === 125 /* ] } */) {
      depth--;
      if (depth === 0) {
        closed = i;
        break;
      }
    } else if (c === 44 /* , */ && depth === 1) ends.push(i);
  }
  if (closed < 0 || text.slice(closed + 1).trim() !== "") return null;
  ends.push(closed);
  return ends;
}

/** The shares of an array for `parts` workers (see itemEnds), or null when it cannot be split. */
export function shares(text: string, parts: number): Share[] | null {
  const ends = itemEnds(text);
  if (ends === null) return null;
  const open = text.indexOf("[");
  // `[]` has its closing bracket but no item.
  const total = ends.length === 1 && text.slice(open + 1, ends[0]).trim() === "" ? 0 : ends.length;
  return Array.from({ length: parts }, (_, part) => {
    const { start, end } = partBounds(total, part, parts);
    const from = start === 0 ? open + 1 : ends[start - 1]! + 1;
    const to = end === 0 ? from : ends[end - 1]!;
    return { text: start === end ? "" : text.slice(from, to), first: start, total };
  });
}

/** True when this thread is a scoring worker (then it has already done its work). */
export function runScoringWorker(): boolean {
  if (isMainThread || parentPort === null) return false;
  if ((workerData as Partial<WorkerTask> | undefined)?.role !== "crs-screen-score") return false;
  const port = parentPort;
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  port.once("message", ({ text, first, total }: Share) => {
    let items: unknown[];
    try {
      items = JSON.parse(`[${text}]`) as unknown[];
    } catch {
      post({ kind: "not-json" }); // the main thread words the error for the whole text
      return;
    }
    const { assessments, problems } = checkItems(items, true, first);
    post({ kind: "checked", problems });
    if (problems.length > 0) return;
    let written = first;
    for (const batch of screeningBatches(assessments)) {
      written = Math.min(written + OUTPUT_BATCH, first + items.length);
      const bytes = Buffer.from(`${batch}${written < total ? "," : ""}\n`);
      post({ kind: "bytes", bytes }, [bytes.buffer as ArrayBuffer]);
    }
    post({ kind: "done" });
  });
  return true;
}

/**
 * Scores `text` (a JSON array) on `threads` workers started from `entry` (this bundle). Returns
 * the exit code, or null when the text cannot be split (then the caller scores it on one thread);
 * writes through `out`/`err` exactly what the single-threaded path would.
 */
export async function scoreInParallel(
  text: string,
  source: string,
  threads: number,
  entry: URL,
  io: { readonly out: (bytes: Uint8Array | string) => void; readonly err: (text: string) => void },
): Promise<number | null> {
  const task: WorkerTask = { role: "crs-screen-score" };
  // Workers start first: their start-up overlaps the pass that finds the items.
  const parts = Array.from({ length: threads }, () => {
    const worker = new Worker(entry, { workerData: task });
    const queue: WorkerMessage[] = [];
    let wake: (() => void) | null = null;
    let failure: Error | null = null;
    worker.on("message", (message: WorkerMessage) => {
      queue.push(message);
      wake?.();
    });
    worker.on("error", (error) => {
      failure = error;
      wake?.();
    });
    /** The worker's next message, in the order it sent them. */
    const next = async (): Promise<WorkerMessage> => {
      while (queue.length === 0) {
        if (failure !== null) throw failure;
        await new Promise<void>((resolve) => (wake = resolve));
        wake = null;
      }
      return queue.shift()!;
    };
    return { worker, next };
  });
  try {
    const split = shares(text, threads);
    if (split === null) return null;
    parts.forEach((p, i) => p.worker.postMessage(split[i]));
    const checks = await Promise.all(parts.map((p) => p.next()));
    if (checks.some((m) => m.kind === "not-json")) {
      parseJson(text, source); // throws the one-line message for the whole text
      return null; // (not reached: a share that is not JSON means the text is not)
    }
    const problems = checks.flatMap((m) => (m.kind === "checked" ? m.problems : []));
    if (problems.length > 0) {
      io.err(problems.join("\n"));
      return 2;
    }
    io.out("[\n");
    for (const part of parts) {
      for (let message = await part.next(); message.kind !== "done"; message = await part.next()) {
        if (message.kind === "bytes") io.out(message.bytes);
      }
    }
    io.out("]\n");
    return 0;
  } finally {
    await Promise.all(parts.map((p) => p.worker.terminate()));
  }
}
