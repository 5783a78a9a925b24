#!/usr/bin/env node
/**
 * `npm run bench:lighthouse`: Lighthouse (default config: mobile emulation, simulated slow-4G and
 * 4× CPU throttling) on home, a form step, the result page and the summary, served by `next start`
 * on loopback. Per route it prints the median over LIGHTHOUSE_RUNS runs (default 3) of the
 * performance, accessibility and best-practices scores, LCP, TBT, CLS and the bytes transferred
 * (all, and JavaScript), then every accessibility or best-practices audit that failed in any run.
 * Issue 6's targets: performance ≥ 0.95, accessibility = 1, best practices = 1. Asserts nothing.
 * When `npm run bench:web` has built the bare Next.js page (scripts/floor-app), it is measured
 * first, as the machine's reference. --only home,summary measures just those routes (first words of
 * their names: framework, home, form, result, summary).
 *
 * Builds the production app first unless --no-build is given. Bounded in time: about 15 s a run,
 * so about 3 minutes with the build. Chromium: CHROMIUM_PATH, else /usr/bin/chromium when it
 * exists, else whatever Chrome chrome-launcher finds. --json DIR writes every run's report.
 *
 * Lighthouse is pinned to 12.2.3: 13.x needs Node ≥ 22.19 and this project supports Node 20.
 * Against a newer Chromium it still scores and times every route, but cannot name the LCP
 * element (its TraceElements gatherer fails), which no score depends on.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import puppeteer from "puppeteer-core";
import { startProductionServer, startStaticServer } from "./production-server.mjs";

const args = process.argv.slice(2);
const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 3413);
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const jsonDir = args.includes("--json") ? args[args.indexOf("--json") + 1] : undefined;
const CATEGORIES = ["performance", "accessibility", "best-practices"];

/**
 * The result and summary pages read the case from this tab's sessionStorage (lib/form/draft.ts).
 * A share link (`#case=…`) would also fill it, but opening one stores the case and then reloads
 * the page without the fragment (components/transfer/shared-case-loader.tsx): Lighthouse would
 * trace two page loads. So, as a trainee's tab would be after filling in the form, each run first
 * opens a same-origin static file (/icon.svg, no app code) in the tab Lighthouse then navigates,
 * and stores there a complete built-in case (the EBV secondary HLH scenario's answer key: every
 * HScore and HLH-2004 item, so every card and section has content) and the acknowledged notice.
 * Lighthouse's storage reset leaves session storage alone (it clears caches, service workers and
 * Cache Storage), so the page loads cold but with the case. Home is measured as a first visit.
 */
const scenario = JSON.parse(readFileSync("lib/scenarios/builtin/ebv-secondary-hlh.json", "utf8"));
const FILLED_SESSION = {
  "crs-screen.draft.v1": JSON.stringify(scenario.answerKey),
  "crs-screen.notice-acknowledged": "true",
};

/**
 * The bare Next.js page of bench:web (scripts/floor-app, when built) is measured too: what any
 * Next.js page scores on this machine today, so a low score can be told from a slow machine.
 */
const FLOOR_BUILT = existsSync("scripts/floor-app/.next/BUILD_ID");
const ALL_ROUTES = [
  ...(FLOOR_BUILT ? [{ name: "framework floor", path: "/", session: {}, floor: true }] : []),
  { name: "home", path: "/", session: {} },
  { name: "form step (laboratory)", path: "/assess/laboratory", session: FILLED_SESSION },
  { name: "result", path: "/assess/result", session: FILLED_SESSION },
  { name: "summary", path: "/summary", session: FILLED_SESSION },
];
// --only home,summary: just those routes (names' first words), to compare a change quickly.
const only = args.includes("--only") ? args[args.indexOf("--only") + 1].split(",") : null;
const ROUTES = only ? ALL_ROUTES.filter((route) => only.some((name) => route.name.startsWith(name))) : ALL_ROUTES;

/**
 * --static measures the static export (out/, `npm run build:static`) served by a plain file server
 * (`serve`, as the static e2e run does) instead of `next start`: how a static host or CDN serves
 * the app. On this machine `next start` answers the first requests slowly enough (its scripts
 * arrive with the stylesheet, so the first paint waits for them) to cost home about 0.1.
 */
const staticExport = args.includes("--static");
if (!args.includes("--no-build")) {
  const result = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...(staticExport ? { STATIC_EXPORT: "1" } : {}) },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const chromePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** The figures of one Lighthouse report. */
function figures(lhr) {
  const scripts = lhr.audits["resource-summary"]?.details?.items?.find((item) => item.resourceType === "script");
  return {
    performance: lhr.categories.performance.score,
    accessibility: lhr.categories.accessibility.score,
    bestPractices: lhr.categories["best-practices"].score,
    lcpMs: lhr.audits["largest-contentful-paint"].numericValue,
    tbtMs: lhr.audits["total-blocking-time"].numericValue,
    cls: lhr.audits["cumulative-layout-shift"].numericValue,
    totalBytes: lhr.audits["total-byte-weight"].numericValue,
    jsBytes: scripts?.transferSize ?? 0,
  };
}

/** Scored audits of the accessibility and best-practices categories that did not pass. */
function failedAudits(lhr) {
  const failed = [];
  for (const id of ["accessibility", "best-practices"]) {
    for (const ref of lhr.categories[id].auditRefs) {
      const audit = lhr.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) failed.push(`${id}: ${ref.id} — ${audit.title}`);
    }
  }
  return failed;
}

const { base: appBase, server } = staticExport ? await startStaticServer(PORT) : await startProductionServer(PORT);
const floorServer = FLOOR_BUILT ? await startProductionServer(PORT + 1, "scripts/floor-app") : null;
const baseOf = (route) => (route.floor ? floorServer.base : appBase);
const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: ["--headless=new", "--no-sandbox", "--disable-gpu"] });
const browser = await puppeteer.connect({ browserURL: `http://127.0.0.1:${chrome.port}`, defaultViewport: null });

/**
 * One Lighthouse run in a fresh tab holding the route's session storage. A run whose trace came
 * out broken (Lighthouse's runtime errors such as NO_NAVSTART say "run Lighthouse again") is
 * retried, twice at most.
 */
async function audit(route) {
  const base = baseOf(route);
  for (let attempt = 1; ; attempt++) {
    const page = await browser.newPage();
    await page.goto(`${base}/icon.svg`);
    await page.evaluate((entries) => {
      for (const [key, value] of Object.entries(entries)) window.sessionStorage.setItem(key, value);
    }, route.session);
    const result = await lighthouse(base + route.path, { logLevel: "error", onlyCategories: CATEGORIES }, undefined, page);
    await page.close();
    const error = result ? result.lhr.runtimeError : { code: "NO_RESULT", message: "Lighthouse returned no result" };
    if (!error) return result;
    if (attempt === 3) throw new Error(`${route.path}: ${error.code} ${error.message}`);
    console.warn(`${route.path}: ${error.code}, running again`);
  }
}

const started = Date.now();
try {
  if (jsonDir) mkdirSync(jsonDir, { recursive: true });
  for (const route of ROUTES) await fetch(baseOf(route) + route.path); // warm the server, not the browser
  const rows = [];
  const failures = new Map();
  let version = "";
  const benchmarkIndexes = [];
  for (const route of ROUTES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await audit(route);
      for (const warning of result.lhr.runWarnings) console.warn(`${route.path}: ${warning}`);
      version = result.lhr.lighthouseVersion;
      benchmarkIndexes.push(result.lhr.environment.benchmarkIndex);
      runs.push(figures(result.lhr));
      for (const failure of failedAudits(result.lhr)) failures.set(`${route.path} ${failure}`, (failures.get(`${route.path} ${failure}`) ?? 0) + 1);
      if (jsonDir) writeFileSync(join(jsonDir, `${route.name.replace(/\W+/g, "-")}-${run + 1}.json`), JSON.stringify(result.lhr));
    }
    const pick = (key) => median(runs.map((r) => r[key]));
    rows.push({ route, runs, pick });
  }

  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`Lighthouse ${version} (mobile, simulated throttling), median of ${RUNS} run(s) per route; Chromium ${(await browser.version()).replace(/^\D+/, "")}`);
  console.log(staticExport ? "served: the static export (out/) by a file server (serve)" : "served: next start");
  // Simulated throttling scales the CPU time observed here, so a busy machine lowers TBT scores:
  // Lighthouse's benchmark index of this machine, per run, shows how steady it was.
  console.log(`machine benchmark index (Lighthouse): ${Math.min(...benchmarkIndexes)}–${Math.max(...benchmarkIndexes)} over the runs`);
  console.log("targets: performance ≥ 0.95, accessibility = 1, best practices = 1\n");
  console.log(`${"route".padEnd(24)} ${"perf".padStart(5)} ${"a11y".padStart(5)} ${"b-p".padStart(5)} ${"LCP".padStart(8)} ${"TBT".padStart(7)} ${"CLS".padStart(6)} ${"transfer".padStart(10)} ${"of it JS".padStart(10)}  perf per run`);
  for (const { route, runs, pick } of rows) {
    console.log(
      [
        route.name.padEnd(24),
        pick("performance").toFixed(2).padStart(5),
        pick("accessibility").toFixed(2).padStart(5),
        pick("bestPractices").toFixed(2).padStart(5),
        `${(pick("lcpMs") / 1000).toFixed(2)} s`.padStart(8),
        `${Math.round(pick("tbtMs"))} ms`.padStart(7),
        pick("cls").toFixed(3).padStart(6),
        kb(pick("totalBytes")).padStart(10),
        kb(pick("jsBytes")).padStart(10),
        ` ${runs.map((r) => r.performance.toFixed(2)).join(" ")}`,
      ].join(" "),
    );
  }
  console.log(failures.size ? "\naudits that failed (runs):" : "\nno accessibility or best-practices audit failed");
  for (const [failure, count] of failures) console.log(`  ${failure} (${count}/${RUNS})`);
  console.log(`\n${ROUTES.length * RUNS} Lighthouse runs in ${Math.round((Date.now() - started) / 1000)} s`);
} finally {
  await browser.disconnect();
  chrome.kill();
  server.kill();
  floorServer?.server.kill();
}
