#!/usr/bin/env node
/**
 * `npm run bench:web`: the JavaScript each route loads (bytes and gzip), measured as
 * ../shared/TOOLCHAIN.md describes — the `<script src>` files referenced by each prerendered HTML
 * page — next to the framework floor: a bare app of the same Next.js/React (scripts/floor-app),
 * built in the same run. Prints ours ÷ floor. With --check, fails when a route's gzip size grows
 * more than 10 % over scripts/web-budget.json; with --write-budget, records the current sizes.
 * Reuses an existing production build when --no-build is given.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

const args = new Set(process.argv.slice(2));
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = "node_modules/next/dist/bin/next";

function build(dir) {
  const result = spawnSync(process.execPath, [nextBin, "build", ...(dir ? [dir] : [])], { stdio: ["ignore", "ignore", "inherit"], env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function htmlFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...htmlFiles(path));
    else if (name.endsWith(".html")) out.push(path);
  }
  return out;
}

/** route → { raw, gzip } of the scripts its HTML loads. */
function measure(appDir) {
  const serverApp = join(appDir, ".next/server/app");
  const routes = {};
  for (const file of htmlFiles(serverApp)) {
    const html = readFileSync(file, "utf8");
    const sources = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]))];
    let raw = 0;
    let gzip = 0;
    for (const src of sources) {
      const path = join(appDir, ".next", src.replace(/^\/_next\//, "").split("?")[0]);
      if (!existsSync(path)) continue;
      const bytes = readFileSync(path);
      raw += bytes.length;
      gzip += gzipSync(bytes, { level: 9 }).length;
    }
    const route = `/${relative(serverApp, file).replace(/\.html$/, "").replace(/(^|\/)index$/, "")}`;
    routes[route] = { raw, gzip };
  }
  return routes;
}

const kb = (n) => `${(n / 1024).toFixed(1)} kB`;

if (!args.has("--no-build")) build();
build("scripts/floor-app");
const ours = measure(".");
const floor = measure("scripts/floor-app")["/"];
console.log(`Framework floor (bare Next.js ${JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version} page): ${kb(floor.raw)} raw, ${kb(floor.gzip)} gzip\n`);
console.log(["route".padEnd(42), "raw".padStart(10), "gzip".padStart(10), "÷ floor".padStart(8)].join(" "));
const rows = Object.entries(ours).filter(([route]) => !route.startsWith("/_"));
for (const [route, size] of rows.sort(([a], [b]) => a.localeCompare(b))) {
  console.log([route.padEnd(42), kb(size.raw).padStart(10), kb(size.gzip).padStart(10), (size.gzip / floor.gzip).toFixed(2).padStart(8)].join(" "));
}

const budgetFile = "scripts/web-budget.json";
if (args.has("--write-budget")) {
  writeFileSync(budgetFile, `${JSON.stringify(Object.fromEntries(rows.map(([r, s]) => [r, s.gzip])), null, 2)}\n`);
  console.log(`\nBudget written to ${budgetFile}.`);
}
/**
 * Issue 17's ceilings, as multiples of the framework floor built in this run: the form's steps
 * (review included) ≤ 1.25×, the result ≤ 1.40×. Checked with --check beside the per-route budget.
 * The result's was 1.35× until issue 27 (December 2026): the therapy catalogue's indication for
 * every evidence line (words and the check the Screening's tiers are computed by), two classes
 * (supportive care; antimicrobials and source control) and the infection-first differential are
 * computed in the page and added 6 kB gz (229.4 → 235.6 kB, 1.386×). They are clinical content
 * the Screening must carry, not code to cut; docs/performance.md has the figures.
 */
function ceilingOf(route) {
  if (route === "/assess/result") return 1.4;
  if (route.startsWith("/assess/")) return 1.25;
  return null;
}

if (args.has("--check")) {
  const budget = JSON.parse(readFileSync(budgetFile, "utf8"));
  const overCeiling = rows.filter(([route, size]) => ceilingOf(route) !== null && size.gzip > floor.gzip * ceilingOf(route));
  for (const [route, size] of overCeiling) console.error(`✖ ${route}: ${(size.gzip / floor.gzip).toFixed(3)}× the framework floor, over its ceiling of ${ceilingOf(route)}×`);
  if (overCeiling.length) process.exit(1);
  console.log("\n✔ form steps ≤ 1.25× and the result ≤ 1.40× the framework floor");
  const over = rows.filter(([route, size]) => budget[route] !== undefined && size.gzip > budget[route] * 1.1);
  const unbudgeted = rows.filter(([route]) => budget[route] === undefined).map(([r]) => r);
  if (unbudgeted.length) console.log(`\nNo budget yet for: ${unbudgeted.join(", ")} (run npm run bench:web -- --write-budget).`);
  if (over.length) {
    for (const [route, size] of over) console.error(`✖ ${route}: ${kb(size.gzip)} gzip is more than 10 % over its budget of ${kb(budget[route])}`);
    process.exit(1);
  }
  console.log("\n✔ every budgeted route within 10 % of its budget");
}
