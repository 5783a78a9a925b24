#!/usr/bin/env node
/**
 * `npm run bench:trace`: where the main thread's time goes while a page loads, from a Chrome trace
 * at 4× CPU throttling (issue 31 item 2). For the form step (laboratory), the result and the
 * summary, each holding the same complete case as `bench:lighthouse` (the EBV secondary HLH
 * scenario's answer key), it records the load until the page has been quiet for 3 s, then prints:
 * the long tasks (over 50 ms) with their start and length, their sum over 50 ms (the page's share
 * of Lighthouse's total blocking time), and the largest costs inside them: the JavaScript time in
 * each script file (self time, from V8's samples), and the browser's own work (style
 * recalculation, layout, parsing HTML, compiling, painting, garbage collection, from its trace
 * events), summed over the page load and averaged over TRACE_RUNS runs (default 3). Needs a production
 * build (`npm run build`). Asserts nothing.
 * Scripts are named by file (open the chunk named to see what it holds). --only form,result
 * measures just those routes (first words of their names).
 */
import { chromium } from "@playwright/test";
import { existsSync, readFileSync } from "node:fs";
import { startProductionServer } from "./production-server.mjs";

const PORT = Number(process.env.TRACE_PORT ?? 3413);
const RUNS = Number(process.env.TRACE_RUNS ?? 3);
const LONG_TASK_MS = 50;
const ROUTES = [
  { name: "form step (laboratory)", path: "/assess/laboratory" },
  { name: "result", path: "/assess/result" },
  { name: "summary", path: "/summary" },
];
const only = process.argv.includes("--only") ? process.argv[process.argv.indexOf("--only") + 1].split(",") : null;

const scenario = JSON.parse(readFileSync("lib/scenarios/builtin/ebv-secondary-hlh.json", "utf8"));
const SESSION = { "crs-screen.draft.v1": JSON.stringify(scenario.answerKey), "crs-screen.notice-acknowledged": "true" };

/** The browser's own kinds of work, timed by their trace events (JavaScript is timed by samples, below). */
const KINDS = new Set(["v8.compile", "v8.compileModule", "UpdateLayoutTree", "Layout", "ParseHTML", "Paint", "PrePaint", "MinorGC", "MajorGC"]);

/** What a piece of work did, in words. */
function kindOf(event) {
  const data = event.args?.data ?? {};
  const file = (url) => (url ? url.replace(/^.*\//, "") : "the page");
  switch (event.name) {
    case "v8.compile":
    case "v8.compileModule":
      return `compile ${file(data.url ?? event.args?.fileName)}`;
    case "UpdateLayoutTree":
      return "style recalculation";
    case "Layout":
      return "layout";
    case "ParseHTML":
      return "parse HTML";
    case "Paint":
    case "PrePaint":
      return "paint";
    case "MinorGC":
    case "MajorGC":
      return "garbage collection";
    default:
      return event.name;
  }
}

/**
 * JavaScript time inside the long tasks by the script it ran in (self time, from the V8 sampling
 * profiler's samples on the main thread): which file's code the main thread was busy in, however
 * the browser called it. Samples outside any script ("(program)", "(garbage collector)") are the
 * browser's own work, named by the trace events above.
 */
function scriptTime(events, main, tasks) {
  const byScript = new Map();
  const inTask = (t) => tasks.some((task) => t >= task.ts && t <= task.ts + task.dur);
  const profiles = new Map();
  for (const e of events) {
    if (e.pid !== main.pid || (e.name !== "Profile" && e.name !== "ProfileChunk")) continue;
    const profile = profiles.get(e.id) ?? { start: 0, nodes: new Map(), samples: [], deltas: [], tid: e.tid };
    if (e.name === "Profile") profile.start = e.args.data.startTime;
    const chunk = e.args?.data?.cpuProfile;
    for (const node of chunk?.nodes ?? []) profile.nodes.set(node.id, node.callFrame);
    profile.samples.push(...(chunk?.samples ?? []));
    profile.deltas.push(...(e.args?.data?.timeDeltas ?? []));
    profiles.set(e.id, profile);
  }
  for (const profile of profiles.values()) {
    if (profile.tid !== main.tid) continue;
    let t = profile.start;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.deltas[i] ?? 0;
      const next = t + (profile.deltas[i + 1] ?? 0);
      const frame = profile.nodes.get(profile.samples[i]);
      if (!frame?.url || !inTask(t)) continue;
      const file = frame.url.replace(/^.*\//, "");
      byScript.set(file, (byScript.get(file) ?? 0) + Math.max(0, next - t) / 1000);
    }
  }
  return byScript;
}

/** The long tasks of the page's main thread and the largest pieces of work inside them. */
function analyse(trace) {
  const events = trace.traceEvents ?? trace;
  const mains = events.filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  // The page's renderer: the main thread that evaluated the app's scripts.
  const main = mains.find((t) => events.some((e) => e.pid === t.pid && e.tid === t.tid && e.name === "EvaluateScript" && /_next\//.test(e.args?.data?.url ?? "")));
  if (!main) throw new Error("no renderer main thread evaluated the app's scripts");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === "X" && typeof e.dur === "number");
  const navigation = events.find((e) => e.name === "navigationStart" && e.pid === main.pid && e.args?.data?.documentLoaderURL?.startsWith("http"));
  const origin = navigation?.ts ?? Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => e.name === "RunTask" && e.dur / 1000 > LONG_TASK_MS && e.ts >= origin);
  const costs = new Map();
  for (const task of tasks) {
    const end = task.ts + task.dur;
    const inside = onMain.filter((e) => KINDS.has(e.name) && e.ts >= task.ts && e.ts + e.dur <= end);
    // Top-level pieces only: those not nested in another piece of this task.
    const top = inside.filter((e) => !inside.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur));
    for (const piece of top) costs.set(kindOf(piece), (costs.get(kindOf(piece)) ?? 0) + piece.dur / 1000);
  }
  for (const [file, ms] of scriptTime(events, main, tasks)) costs.set(`JavaScript in ${file}`, ms);
  return {
    tasks: tasks.map((t) => ({ startMs: (t.ts - origin) / 1000, ms: t.dur / 1000 })),
    blockingMs: tasks.reduce((sum, t) => sum + t.dur / 1000 - LONG_TASK_MS, 0),
    costs,
  };
}

const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const { base, server } = await startProductionServer(PORT);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking"] });
try {
  for (const route of ROUTES.filter((r) => !only || only.some((name) => r.name.startsWith(name)))) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const context = await browser.newContext({ viewport: { width: 412, height: 823 }, serviceWorkers: "block" });
      const page = await context.newPage();
      await page.addInitScript((entries) => {
        for (const [key, value] of Object.entries(entries)) window.sessionStorage.setItem(key, value);
      }, SESSION);
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await browser.startTracing(page, { categories: ["devtools.timeline", "disabled-by-default-devtools.timeline", "v8.execute", "blink.user_timing", "loading", "v8", "disabled-by-default-v8.cpu_profiler"] });
      await page.goto(base + route.path, { waitUntil: "load" });
      await page.waitForTimeout(3000);
      runs.push(analyse(JSON.parse((await browser.stopTracing()).toString("utf8"))));
      await context.close();
    }
    const total = new Map();
    for (const { costs } of runs) for (const [kind, ms] of costs) total.set(kind, (total.get(kind) ?? 0) + ms / runs.length);
    const sorted = [...total].sort((a, b) => b[1] - a[1]);
    const round = (ms) => Math.round(ms);
    console.log(`\n${route.name} — ${route.path} (4× CPU, ${RUNS} runs)`);
    console.log(`  long tasks per run: ${runs.map((r) => r.tasks.map((t) => `${round(t.ms)} ms at ${round(t.startMs)}`).join(", ") || "none").join(" | ")}`);
    console.log(`  time over 50 ms in long tasks (blocking), per run: ${runs.map((r) => round(r.blockingMs)).join(", ")} ms`);
    console.log("  largest costs inside long tasks (mean ms per load):");
    for (const [kind, ms] of sorted.slice(0, 8)) console.log(`    ${String(round(ms)).padStart(5)}  ${kind}`);
  }
} finally {
  await browser.close();
  server.kill();
}
