#!/usr/bin/env node
/**
 * `npm run audit:prod` (run by `npm test`): `npm audit --omit=dev` must report no high or critical
 * advisory in what ships. Where the registry's advisory endpoint cannot be reached (this workplace's
 * registry mirror answers 405 to the bulk-advisory request), the check cannot be made: it says so
 * loudly and does not pretend to have passed — exit 0 then, so an unreachable service does not
 * block every change; set AUDIT_REQUIRED=1 to make it fail instead.
 */
import { spawnSync } from "node:child_process";

const result = spawnSync("npm", ["audit", "--omit=dev", "--json"], { encoding: "utf8", timeout: 120_000 });
let report = null;
try {
  report = JSON.parse(result.stdout);
} catch {
  report = null;
}

const counts = report?.metadata?.vulnerabilities;
if (!counts) {
  const reason = (report?.message ?? report?.error?.summary ?? result.stderr ?? "no answer").split("\n").find((line) => line.trim() !== "") ?? "no answer";
  console.log(`⚠ npm audit could NOT be run here (${reason.trim()}): production dependencies were not checked for advisories.`);
  process.exit(process.env.AUDIT_REQUIRED === "1" ? 1 : 0);
}

const serious = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
  `npm audit --omit=dev: ${counts.critical ?? 0} critical, ${counts.high ?? 0} high, ${counts.moderate ?? 0} moderate, ${counts.low ?? 0} low advisories in production dependencies`,
);
if (serious > 0) {
  for (const [name, v] of Object.entries(report.vulnerabilities ?? {})) {
    if (v.severity === "high" || v.severity === "critical") console.log(`  ${v.severity}: ${name} ${v.range ?? ""}`);
  }
  process.exit(1);
}
