// A scoring thread that reports a valid share and some output, then dies once the output thread
// has begun to write (so the run can no longer be redone on one thread).
import { parentPort } from "node:worker_threads";

const WRITING = 1; // lib/cli/share-messages.ts RunState.WRITING
parentPort.on("message", (share) => {
  share.port.postMessage({ kind: "checked", count: 1, invalid: [] });
  share.port.postMessage({ kind: "bytes", bytes: new TextEncoder().encode("PARTIAL\n") });
  while (Atomics.load(share.state, WRITING) === 0) Atomics.wait(share.state, WRITING, 0, 10);
  process.exit(4);
});
