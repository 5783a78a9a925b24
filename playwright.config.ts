import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";

// E2E_PORT: where the server under test listens (3107 by default), so several checkouts can test at once.
const PORT = Number(process.env.E2E_PORT ?? 3107);
const staticExport = process.env.E2E_STATIC === "1";
// Playwright cannot download its browsers on this workplace: use Debian's Chromium when present
// (../shared/TOOLCHAIN.md), Playwright's own browser elsewhere.
const debianChromium = "/usr/bin/chromium";
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync(debianChromium) ? debianChromium : undefined);

export default defineConfig({
  testDir: "e2e",
  forbidOnly: !!process.env.CI,
  // One retry on CI, none locally: a test that passes only on its retry is listed as flaky in the
  // report (and named in the README when it happens), never hidden.
  retries: process.env.CI ? 1 : 0,
  // Two workers even on a 2-core machine (issue 29): a test spends much of its time waiting (on the
  // server, on a page to settle), when a second worker can use the core. Measured on the shared
  // 2-core build machine: 282 tests in 10.4 min on two workers (load average 9–15) with none flaky;
  // one and two workers took the same 1.9 min for 28 axe tests at load 9. Each test gets 90 s: with
  // one axe analysis per test, the slowest took 54 s on one worker with the machine's load average
  // at 25 (issue 16). Each expectation gets 15 s. More workers on bigger machines (half the cores);
  // --workers overrides.
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    // The production build registers an offline worker (app/sw.ts). Blocked for every test but
    // e2e/offline.spec.ts, so a test's requests reach the server it asserts on and no worker's
    // cache outlives the test that filled it.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          executablePath,
          args: ["--no-sandbox", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  // E2E_STATIC=1 runs the smoke suite (tests tagged @smoke, e2e/smoke.spec.ts) against the static
  // export (out/, `npm run build:static`), served by a plain file server: the tool must work from
  // any static host. The rest would repeat the run on `next start`, which serves the same client
  // bundle (every route is static).
  ...(staticExport ? { grep: /@smoke/ } : {}),
  webServer: {
    // The production build, never a dev server; reuse is opt-in so a stale server is never tested.
    command: staticExport
      ? `node node_modules/serve/build/main.js out --no-clipboard --no-port-switching -l tcp://127.0.0.1:${PORT}`
      : `node node_modules/next/dist/bin/next start -p ${PORT} -H 127.0.0.1`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI && !!process.env.PW_REUSE,
    timeout: 120_000,
    env: { NEXT_TELEMETRY_DISABLED: "1" },
  },
});
