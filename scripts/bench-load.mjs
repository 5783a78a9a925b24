#!/usr/bin/env node
/**
 * `npm run bench:load`: the production server (`next start`, on loopback) under 100 concurrent
 * connections for 20 s on each of home, a form step, the summary and a static asset (autocannon).
 * Prints requests/s, p99 latency, errors and non-2xx, and the server's memory before and after
 * each of LOAD_ROUNDS (3) passes. Needs a production build (`npm run build`). Bounded in time:
 * about 4 min (LOAD_SECONDS × 4 routes × LOAD_ROUNDS). Asserts nothing.
 */
import autocannon from "autocannon";
import { startProductionServer } from "./production-server.mjs";
import { readFileSync, readdirSync } from "node:fs";

const PORT = Number(process.env.LOAD_PORT ?? 3411);
const seconds = Number(process.env.LOAD_SECONDS ?? 20);
const rounds = Number(process.env.LOAD_ROUNDS ?? 3);

const { base, server } = await startProductionServer(PORT);

/** Resident memory of the server and its children (next start forks a worker). */
function rssMb() {
  const pids = [server.pid];
  for (const entry of readdirSync("/proc").filter((e) => /^\d+$/.test(e))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (pids.includes(ppid)) pids.push(Number(entry));
    } catch {
      /* the process ended */
    }
  }
  let kb = 0;
  for (const pid of pids) {
    try {
      const match = readFileSync(`/proc/${pid}/status`, "utf8").match(/VmRSS:\s+(\d+)/);
      if (match) kb += Number(match[1]);
    } catch {
      /* the process ended */
    }
  }
  return (kb / 1024).toFixed(0);
}

try {
  const home = await (await fetch(base)).text();
  const asset = home.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  const targets = [
    ["home", "/"],
    ["form step (laboratory)", "/assess/laboratory"],
    ["summary", "/summary"],
    ["static asset", asset],
  ];
  // warm up
  for (const [, path] of targets) await fetch(base + path);
  console.log(`server memory before: ${rssMb()} MB RSS\n`);
  // The whole pass runs ROUNDS times: memory that keeps growing round after round is a leak;
  // memory that rises in the first round and then holds is the heap sizing itself to the load.
  for (let round = 1; round <= rounds; round++) {
    for (const [name, path] of targets) {
      const result = await autocannon({ url: base + path, connections: 100, duration: seconds });
      console.log(
        `${name.padEnd(24)} ${String(Math.round(result.requests.average)).padStart(6)} req/s  p99 ${String(result.latency.p99).padStart(4)} ms  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}`,
      );
    }
    console.log(`server memory after round ${round} of ${rounds}: ${rssMb()} MB RSS\n`);
  }
} finally {
  server.kill();
}
