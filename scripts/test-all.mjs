#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest — types, lint, unit and property tests,
// the CLI bundle, the production build, then the browser tests against that build.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// Privacy by design: not even the build tool's anonymous telemetry.
process.env.NEXT_TELEMETRY_DISABLED = "1";

function run(label, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s`);
    process.exit(result.status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
}

function browserAvailable() {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return true;
  const probe = spawnSync(process.execPath, ["-e", "const {chromium}=require('@playwright/test');const fs=require('fs');process.exit(fs.existsSync(chromium.executablePath())?0:1)"]);
  return probe.status === 0;
}

run("typecheck", "npx", ["tsc", "--noEmit"]);
run("advisories in production dependencies (npm audit --omit=dev)", process.execPath, ["scripts/audit-prod.mjs"]);
run("lint", "npx", ["eslint", "--max-warnings=0", "."]);
run("CLI bundle", process.execPath, ["scripts/build-cli.mjs"]);
run("unit, property and CLI tests", "npx", ["vitest", "run"]);
run("production build", "npx", ["next", "build"]);
run("page-weight budget (JS per route vs scripts/web-budget.json, +10 % at most)", process.execPath, ["scripts/bench-web.mjs", "--no-build", "--check"]);
if (!browserAvailable()) {
  console.error(
    "✖ No Chromium found. Install Debian's (`apt-get install -y chromium`, used at /usr/bin/chromium), " +
      "or Playwright's own (`npx playwright install chromium`), or set CHROMIUM_PATH.",
  );
  process.exit(1);
}
run("browser tests (next start)", "npx", ["playwright", "test"]);
// The README's screenshots, taken into test-results/ so the script cannot rot (pixels are not compared).
run("screenshots of the form and the result (scripts/screenshots.mjs)", process.execPath, ["scripts/screenshots.mjs", "--out", "test-results/screenshots"]);
// The same suite against the static export, served by a plain file server (all but the header checks).
process.env.STATIC_EXPORT = "1";
run("static export build", "npx", ["next", "build"]);
delete process.env.STATIC_EXPORT;
process.env.E2E_STATIC = "1";
run("browser tests (static export)", "npx", ["playwright", "test"]);
