#!/usr/bin/env node
// `npm test`: every check, in the order that fails fastest — types and lint (side by side), unit and property tests,
// the CLI bundle, the production build, then the browser tests against that build; last, the static
// export and the smoke tests (tag @smoke) against it. Ends with each phase's time (the README's figures).
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

// Privacy by design: not even the build tool's anonymous telemetry.
process.env.NEXT_TELEMETRY_DISABLED = "1";

const suiteStarted = Date.now();
const phases = [];

function run(label, command, args) {
  const started = Date.now();
  console.log(`\n▶ ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: process.env });
  finished(label, started, result.status);
}

function finished(label, started, status) {
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (status !== 0) {
    console.error(`✖ ${label} failed after ${seconds} s`);
    process.exit(status ?? 1);
  }
  console.log(`✔ ${label} (${seconds} s)`);
  phases.push(`${seconds.padStart(7)} s  ${label}`);
}

/**
 * Checks that each use one core, run side by side on a 2-core machine (the type checker and the
 * linter); each one's output is printed whole when it ends, so the two never interleave.
 */
async function runTogether(checks) {
  const started = Date.now();
  await Promise.all(
    checks.map(
      ([label, command, args]) =>
        new Promise((resolve) => {
          console.log(`\n▶ ${label}: ${command} ${args.join(" ")} (alongside)`);
          const child = spawn(command, args, { env: process.env });
          let output = "";
          child.stdout.on("data", (chunk) => (output += chunk));
          child.stderr.on("data", (chunk) => (output += chunk));
          child.on("close", (status) => {
            process.stdout.write(output);
            finished(label, started, status);
            resolve();
          });
        }),
    ),
  );
}

function browserAvailable() {
  if (process.env.CHROMIUM_PATH || existsSync("/usr/bin/chromium")) return true;
  const probe = spawnSync(process.execPath, ["-e", "const {chromium}=require('@playwright/test');const fs=require('fs');process.exit(fs.existsSync(chromium.executablePath())?0:1)"]);
  return probe.status === 0;
}

await runTogether([
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["lint (npm run lint)", "npm", ["run", "--silent", "lint"]],
]);
run("advisories in production dependencies (npm audit --omit=dev)", process.execPath, ["scripts/audit-prod.mjs"]);
run("CLI bundle", process.execPath, ["scripts/build-cli.mjs"]);
run("unit, property and CLI tests", "npx", ["vitest", "run"]);
// `npm run build`: `next build`, then `serwist build` writes the offline worker (serwist.config.js).
run("production build", "npm", ["run", "--silent", "build"]);
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
// The static export, served by a plain file server: the smoke tests only (playwright.config.ts), as
// it serves the same client bundle as `next start` above.
run("static export build", "npm", ["run", "--silent", "build:static"]);
process.env.E2E_STATIC = "1";
run("smoke tests (static export)", "npx", ["playwright", "test"]);
console.log(`\n${phases.join("\n")}\n${((Date.now() - suiteStarted) / 1000).toFixed(1).padStart(7)} s  npm test in all`);
