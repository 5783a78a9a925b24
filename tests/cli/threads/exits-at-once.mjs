// A scoring thread that dies as soon as it is given its share, before it reports anything.
import { parentPort } from "node:worker_threads";

parentPort.on("message", () => process.exit(3));
