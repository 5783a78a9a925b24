#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures of the form and the result, on a phone (360 px) and
 * a desktop (1280 px), taken with Playwright from the production build served by `next start`.
 * Each is the first screen a person sees (not the whole page), for a built-in CAR-T case (grade 2),
 * so the README always shows the app as it is. The pictures are of named page states
 * (e2e/page-states.mjs, those with a `screenshot` name): the states the accessibility loop checks
 * with axe, reached the same way. `npm test` runs it into test-results/ so it cannot
 * rot; pixels are never compared. Needs `npm run build` first.
 *
 *   node scripts/screenshots.mjs [--out DIR]   (default docs/screenshots)
 */
import { existsSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { PAGE_STATES, reach } from "../e2e/page-states.mjs";
import { startProductionServer } from "./production-server.mjs";

const args = process.argv.slice(2);
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : "docs/screenshots";
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3415);
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const DEVICES = [
  { name: "phone", viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: "desktop", viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
];
const SHOTS = PAGE_STATES.filter((state) => state.screenshot);

mkdirSync(out, { recursive: true });
const { base, server } = await startProductionServer(PORT);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
try {
  for (const { name: deviceName, ...device } of DEVICES) {
    const context = await browser.newContext({ ...device, baseURL: base, reducedMotion: "reduce" });
    for (const state of SHOTS) {
      const page = await context.newPage();
      await reach(page, state);
      const file = join(out, `${state.screenshot}-${deviceName}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file} (${state.name})`);
      await page.close();
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
