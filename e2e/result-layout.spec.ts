import { expect, test, type Page } from "@playwright/test";
import { mkdirSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";

/**
 * The result page answers first and stays short (issue 17): measured on every built-in full case
 * (the scenarios' answer keys), with every disclosure as it opens — collapsed.
 */
const BUILTIN = join(import.meta.dirname, "../lib/scenarios/builtin");
const CASES = readdirSync(BUILTIN)
  .filter((file) => file.endsWith(".json"))
  .sort()
  .map((file) => ({
    name: file.replace(/\.json$/, ""),
    answerKey: (JSON.parse(readFileSync(join(BUILTIN, file), "utf8")) as { answerKey: unknown }).answerKey,
  }));

/** Screenshots for a person to look at: written only when SHOTS_DIR names a folder. */
const SHOTS_DIR = process.env.SHOTS_DIR;

async function openResult(page: Page, answerKey: unknown): Promise<void> {
  await page.addInitScript((draft) => {
    window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
    window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(draft));
  }, answerKey);
  await page.goto("/assess/result");
  await expect(page.locator("#level-heading")).toBeVisible();
}

for (const width of [360, 1280]) {
  test(`measure: result page height at ${width} px for every built-in case`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width, height: 800 });
    const heights: Record<string, number> = {};
    for (const c of CASES) {
      await openResult(page, c.answerKey);
      heights[c.name] = await page.evaluate(() => document.documentElement.scrollHeight);
      if (SHOTS_DIR && (c.name === "ebv-secondary-hlh" || c.name === "cart-crs-grade-2")) {
        mkdirSync(SHOTS_DIR, { recursive: true });
        await page.screenshot({ path: join(SHOTS_DIR, `${c.name}-${width}.png`), fullPage: true });
        await page.screenshot({ path: join(SHOTS_DIR, `${c.name}-${width}-first-screen.png`) });
      }
    }
    console.log(`heights at ${width} px: ${JSON.stringify(heights)}`);
    console.log(`max ${Math.max(...Object.values(heights))}, median ${Object.values(heights).sort((a, b) => a - b)[Math.floor(CASES.length / 2)]}`);
  });
}
