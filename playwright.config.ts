import { defineConfig, devices } from "@playwright/test";
import { existsSync } from "node:fs";

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
  retries: 0,
  // Sized for a 2-core machine that is also building and serving (issue 16): on CI one worker, as
  // two ran axe and keyboard tests past 30 s. Each test gets 90 s: with one axe analysis per test,
  // the slowest took 54 s on one worker with the machine's load average at 25. Each expectation
  // gets 15 s. Locally, half the cores (Playwright's default); --workers overrides either.
  workers: process.env.CI ? 1 : undefined,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
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
  // E2E_STATIC=1 runs the same suite against the static export (out/, `npm run build:static`),
  // served by a plain file server: the tool must work from any static host.
  ...(staticExport ? { testIgnore: ["security.spec.ts"] } : {}),
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
