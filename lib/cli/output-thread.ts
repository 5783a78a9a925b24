/**
 * The output thread of parallel.ts (bundled on its own as dist/crs-screen-output.mjs: it loads no
 * scoring code). Scoring threads hand it their output in chunks; it writes the shares to stdout in
 * share order, and only once every share is known to be JSON and valid. Why a thread of its own: a
 * write to a pipe blocks until the reader has taken the bytes, and a scoring thread that waited
 * there (or held its bytes until an earlier share was written) left a core idle; here the waiting
 * costs no scoring time, and no scoring thread waits for another.
 */
import { writeSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import type { InvalidItem } from "./main";
import { RunState, type OutputOutcome, type OutputTask, type ShareReport } from "./share-messages";

const STDOUT = 1;
const { ports, state } = workerData as OutputTask;
const parts = ports.length;
const queued: Uint8Array[][] = ports.map(() => []);
const ended: boolean[] = ports.map(() => false);
const counts: number[] = [];
const invalid: (readonly InvalidItem[])[] = [];
let checked = 0;
/** The share being written: -1 until every share is checked and valid. */
let writing = -1;
let finished = false;
const pause = new Int32Array(new SharedArrayBuffer(4));

function finish(outcome: OutputOutcome): void {
  finished = true;
  if (outcome.kind !== "written") Atomics.store(state, RunState.STOP, 1);
  for (const port of ports) port.close();
  parentPort!.postMessage(outcome);
}

/** Writes all of `bytes`; waits (briefly) and retries while a non-blocking pipe is full. */
function writeAll(bytes: Uint8Array): void {
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

/** Writes what has come of the current share, and of the next ones once the current has ended. */
function drain(): void {
  try {
    while (writing >= 0 && writing < parts) {
      const chunks = queued[writing]!;
      const port = ports[writing]!;
      if (chunks.length > 0) Atomics.store(state, RunState.WRITING, 1);
      for (let i = 0; i < chunks.length; i++) {
        const chunk = chunks[i]!;
        writeAll(chunk);
        // Handed back for reuse (parallel.ts writtenChunk), unless its thread has finished its share.
        if (!ended[writing]) port.postMessage(chunk.buffer, [chunk.buffer as ArrayBuffer]);
      }
      chunks.length = 0;
      if (!ended[writing]) return;
      writing++;
    }
  } catch (error) {
    return finish({ kind: "write-failed", code: (error as NodeJS.ErrnoException).code ?? String(error) });
  }
  if (writing === parts) finish({ kind: "written" });
}

ports.forEach((port, part) => {
  port.on("message", (report: ShareReport) => {
    if (finished) return;
    switch (report.kind) {
      case "not-json":
        return finish({ kind: "not-json" });
      case "checked":
        counts[part] = report.count;
        invalid[part] = report.invalid;
        if (++checked < parts) return;
        if (invalid.some((items) => items.length > 0)) return finish({ kind: "invalid", counts, invalid });
        writing = 0;
        break;
      case "bytes":
        queued[part]!.push(report.bytes);
        break;
      case "end":
        ended[part] = true;
        break;
    }
    drain();
  });
});
