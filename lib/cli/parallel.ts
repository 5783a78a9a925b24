/**
 * `crs-screen score` on a large array, spread over worker threads. Each worker parses the input,
 * validates and screens its share (whole OUTPUT_BATCH slices, in order) and sends the JSON back as
 * bytes; the main thread prints every problem in item order (nothing on stdout), or else writes
 * the workers' bytes in order — byte for byte what the single-threaded path prints. Validation,
 * screening and serialisation are most of the time on twenty thousand assessments, and they split
 * cleanly by item, so two cores nearly halve it.
 */
import { availableParallelism } from "node:os";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { InputError, OUTPUT_BATCH, checkItems, parseJson, screeningBatches } from "./main";

/** Below this much JSON, starting threads costs more than it saves (~1 MB is ~600 assessments). */
export const PARALLEL_MIN_CHARS = 1_000_000;
const MAX_THREADS = 4;

interface WorkerTask {
  readonly role: "crs-screen-score";
  readonly text: string;
  readonly source: string;
  readonly part: number;
  readonly parts: number;
}

type WorkerMessage =
  | { readonly kind: "not-json"; readonly message: string }
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

/** True when this thread is a scoring worker (then it has already done its work). */
export function runScoringWorker(): boolean {
  if (isMainThread || parentPort === null) return false;
  const task = workerData as Partial<WorkerTask> | undefined;
  if (task?.role !== "crs-screen-score") return false;
  const port = parentPort;
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) => port.postMessage(message, transfer);
  const { text, source, part, parts } = task as WorkerTask;
  let input: unknown;
  try {
    input = parseJson(text, source);
  } catch (error) {
    post({ kind: "not-json", message: (error as Error).message });
    return true;
  }
  const items = input as unknown[];
  const { start, end } = partBounds(items.length, part, parts);
  const { assessments, problems } = checkItems(items.slice(start, end), true, start);
  input = undefined;
  post({ kind: "checked", problems });
  if (problems.length > 0) return true;
  let written = start;
  for (const batch of screeningBatches(assessments)) {
    written = Math.min(written + OUTPUT_BATCH, end);
    const bytes = Buffer.from(`${batch}${written < items.length ? "," : ""}\n`);
    post({ kind: "bytes", bytes }, [bytes.buffer as ArrayBuffer]);
  }
  post({ kind: "done" });
  return true;
}

/**
 * Scores `text` (a JSON array) on `threads` workers started from `entry` (this bundle). Returns
 * the exit code; writes through `out`/`err` exactly what the single-threaded path would.
 */
export async function scoreInParallel(
  text: string,
  source: string,
  threads: number,
  entry: URL,
  io: { readonly out: (bytes: Uint8Array | string) => void; readonly err: (text: string) => void },
): Promise<number> {
  const parts = Array.from({ length: threads }, (_, part) => {
    const task: WorkerTask = { role: "crs-screen-score", text, source, part, parts: threads };
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
    const checks = await Promise.all(parts.map((p) => p.next()));
    const notJson = checks.find((m) => m.kind === "not-json");
    if (notJson !== undefined) throw new InputError(notJson.message);
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
