#!/usr/bin/env node
/**
 * `npm run screenshots`: the README's pictures of the form and the result, on a phone (360 px) and
 * a desktop (1280 px), taken with Playwright from the production build served by `next start`.
 * Each is the first screen a person sees (not the whole page), for a built-in CAR-T case (grade 2),
 * so the README always shows the app as it is. `npm test` runs it into test-results/ so it cannot
 * rot; pixels are never compared. Needs `npm run build` first.
 *
 *   node scripts/screenshots.mjs [--out DIR]   (default docs/screenshots)
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { startProductionServer } from "./production-server.mjs";

const args = process.argv.slice(2);
const out = args.includes("--out") ? args[args.indexOf("--out") + 1] : "docs/screenshots";
const PORT = Number(process.env.SCREENSHOTS_PORT ?? 3415);
const scenario = JSON.parse(readFileSync("lib/scenarios/builtin/cart-crs-grade-2.json", "utf8"));
const executablePath = process.env.CHROMIUM_PATH ?? (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined);

const DEVICES = [
  { name: "phone", viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
  { name: "desktop", viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 },
];
const PAGES = [
  // The form as a trainee sees it mid-case: the vital signs step, with the case's values echoed.
  { name: "form", path: "/assess/vitals", ready: { role: "heading", name: "Vital signs and support" } },
  // The result answers first: the level, then the summary table.
  { name: "result", path: "/assess/result", ready: { role: "table" } },
];

mkdirSync(out, { recursive: true });
const { base, server } = await startProductionServer(PORT);
const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-dev-shm-usage"] });
try {
  for (const { name: deviceName, ...device } of DEVICES) {
    const context = await browser.newContext({ ...device, baseURL: base, reducedMotion: "reduce" });
    // As after a first visit: the notice acknowledged and the case in this tab's session (lib/form/draft.ts).
    await context.addInitScript((draft) => {
      window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
      window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(draft));
    }, scenario.answerKey);
    const page = await context.newPage();
    for (const shot of PAGES) {
      await page.goto(shot.path);
      await page.getByRole(shot.ready.role, shot.ready.name ? { name: shot.ready.name } : {}).first().waitFor();
      await page.getByText(/^(Loading|Preparing)/).first().waitFor({ state: "detached" }).catch(() => {});
      const file = join(out, `${shot.name}-${deviceName}.png`);
      await page.screenshot({ path: file });
      console.log(`wrote ${file}`);
    }
    await context.close();
  }
} finally {
  await browser.close();
  server.kill();
}
