/**
 * What the scoring threads and the output thread of parallel.ts tell each other (types only, so
 * the output thread's bundle stays a few kilobytes).
 */
import type { MessagePort } from "node:worker_threads";
import type { InvalidItem } from "./main";

/**
 * What a share's scoring thread tells the output thread, in this order, over its own port. The
 * output thread hands each chunk's memory (an ArrayBuffer) back over the same port once written.
 */
export type ShareReport =
  /** The share is not JSON (then the single-threaded path parses the whole text and words the error). */
  | { readonly kind: "not-json" }
  /** The share's items are parsed and validated; nothing more follows when some are invalid. */
  | { readonly kind: "checked"; readonly count: number; readonly invalid: readonly InvalidItem[] }
  /** A chunk of the share's output, in order (transferred, not copied). */
  | { readonly kind: "bytes"; readonly bytes: Uint8Array }
  /** The share's output is complete. */
  | { readonly kind: "end" };

/** The output thread's one message to the main thread: how the run ended. */
export type OutputOutcome =
  | { readonly kind: "not-json" }
  /** Every share is JSON and some items are invalid: each share's item count and invalid items, in share order. */
  | { readonly kind: "invalid"; readonly counts: readonly number[]; readonly invalid: readonly (readonly InvalidItem[])[] }
  | { readonly kind: "written" }
  | { readonly kind: "write-failed"; readonly code: string };

/** What the output thread is started with. */
export interface OutputTask {
  /** One port per share, in share order. */
  readonly ports: readonly MessagePort[];
  /** What the output thread signals to every thread (RunState), shared. */
  readonly state: Int32Array;
}

/**
 * Positions in the shared state (OutputTask.state), each 0 until the output thread sets it to 1:
 * STOP when the outcome is known to be anything but "written" (scoring threads stop early);
 * WRITING once it has begun to write (after which a failed run can no longer be rerun on one thread).
 */
export const RunState = { STOP: 0, WRITING: 1, LENGTH: 2 } as const;
