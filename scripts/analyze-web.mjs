#!/usr/bin/env node
/**
 * `node scripts/analyze-web.mjs [route…]`: what is inside each route's client JavaScript — the
 * breakdown behind `npm run bench:web`. Runs Turbopack's analyzer (`next analyze --output`, no app
 * build; it writes .next/diagnostics/analyze), then sums, per group of source files, the
 * per-module sizes it reports for the browser chunks of each route: raw bytes and each module
 * compressed on its own (so the gzip column overstates a little against whole-chunk gzip; use it
 * to compare parts, and bench:web for totals). --no-analyze reuses the last analysis.
 */
import { spawnSync } from "node:child_process";

const args = process.argv.slice(2);
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const nextBin = "node_modules/next/dist/bin/next";
const routes = args.filter((a) => !a.startsWith("--"));

if (!args.includes("--no-analyze")) {
  const run = spawnSync(process.execPath, [nextBin, "analyze", "--output"], { stdio: ["ignore", "ignore", "inherit"], env });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

function records(route) {
  const out = spawnSync(process.execPath, [nextBin, "analyze", "export", ...(route ? ["--route", route] : [])], { env, maxBuffer: 1 << 30, encoding: "utf8" });
  if (out.status !== 0) throw new Error(out.stderr);
  return out.stdout
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line));
}

/** Source file → the group it is reported under. */
function group(source) {
  const path = source.replace(/^\[project\]\//, "");
  const pkg = /^node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (pkg) return ["next", "react", "react-dom", "scheduler", "@swc/helpers"].includes(pkg) ? "Next.js / React" : pkg;
  if (path.startsWith("[turbopack]")) return "Next.js / React";
  if (path.startsWith("lib/scenarios/builtin/") && path.endsWith(".json")) return "lib/scenarios/builtin/*.json";
  const parts = path.split("/");
  if (parts[0] === "lib" && parts.length > 2) return ["lib/sources/registry.ts"].includes(path) ? path : `${parts[0]}/${parts[1]}/*`;
  return parts.length > 2 ? `${parts[0]}/${parts[1]}/*` : path;
}

const kb = (n) => (n / 1024).toFixed(1).padStart(7);
const all = records(null);
const wanted = routes.length ? routes : [...new Set(all.filter((r) => r.type === "route").map((r) => r.route))].filter((r) => !r.startsWith("/_"));
for (const route of wanted.sort()) {
  // Only what the browser loads with the page: the chunks of its non-async chunk groups (the
  // analyzer also lists server chunks, and chunks loaded later by import()).
  const recs = routes.length ? records(route) : all;
  const upfront = new Set(recs.filter((r) => r.type === "group" && r.route === route && r.kind !== "async").flatMap((r) => r.outputs));
  const parts = recs.filter((r) => r.type === "part" && r.route === route && upfront.has(r.filename) && r.filename.endsWith(".js"));
  const groups = new Map();
  for (const p of parts) {
    const g = groups.get(group(p.source_path)) ?? { raw: 0, gzip: 0 };
    g.raw += p.size;
    g.gzip += p.compressed_size;
    groups.set(group(p.source_path), g);
  }
  const total = [...groups.values()].reduce((sum, g) => ({ raw: sum.raw + g.raw, gzip: sum.gzip + g.gzip }), { raw: 0, gzip: 0 });
  console.log(`\n${route}   (modules ${kb(total.raw).trim()} kB raw, ${kb(total.gzip).trim()} kB gzip when each is compressed alone)`);
  for (const [name, g] of [...groups].sort(([, a], [, b]) => b.gzip - a.gzip)) {
    if (g.gzip < 300) continue;
    console.log(`  ${name.padEnd(44)} ${kb(g.raw)} kB ${kb(g.gzip)} kB gz`);
  }
}
