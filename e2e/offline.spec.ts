import { expect, test, type Page } from "@playwright/test";
import { appendFileSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { acknowledgeNotice, assessFeverOnlyCase, recordRequests } from "./helpers";

/**
 * Offline after the first visit (issue 31, item 3): the worker of app/sw.ts precaches every page
 * and script, and a new version is announced, never swapped in under a case. Workers are blocked
 * in every other spec (playwright.config.ts); here they are allowed.
 */
test.use({ serviceWorkers: "allow" });

/** One online visit: the worker registers once the page is idle, precaches everything, then controls the page. */
async function visitOnce(page: Page): Promise<void> {
  await page.goto("/");
  // `ready` resolves once a worker is active, which is after its install has precached every entry.
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

test.describe("offline", () => {
  test("after one online visit, a new assessment goes through all seven steps, the result and the summary offline", { tag: "@smoke" }, async ({ page, context, baseURL }) => {
    const requests = recordRequests(page);
    await visitOnce(page);
    await context.setOffline(true);

    await assessFeverOnlyCase(page, "Offline case");

    // A page opened by its address, not only by a link: a built-in scenario.
    await page.goto("/scenarios/cart-crs-grade-2");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

    expect(requests.filter((r) => !r.includes(baseURL!))).toEqual([]);
    expect(requests.filter((r) => r.includes("Offline case") || r.includes("39.2"))).toEqual([]);
  });

  // The worker answers with pages' HTML and static files only; the client router's requests for a
  // page's data (`?_rsc=…`, or `.txt` on the static export) still reach the server, so moving
  // between pages online stays as quick as without a worker.
  test("with the worker in control, a link online is still a client-side navigation, not a page load", { tag: "@smoke" }, async ({ page }) => {
    await visitOnce(page);
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.getByRole("link", { name: "Start a new assessment" }).click();
    await acknowledgeNotice(page);
    await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
    expect(await page.evaluate(() => "sameDocument" in window)).toBe(true);
  });

  // A redeploy, as the browser sees it: the worker's file changes (`next start` serves public/ as it
  // is on disk). Restored afterwards. Not @smoke: the static export registers the same worker code.
  const workerFile = join(import.meta.dirname, "../public/sw.js");

  test("a new version is announced, not applied under a case in progress, until Reload is pressed", async ({ page }) => {
    const original = readFileSync(workerFile);
    try {
      await visitOnce(page);
      await page.goto("/assess/context");
      await acknowledgeNotice(page);
      await page.getByLabel("Case label").fill("Case in progress");
      const announcement = page.getByRole("status").filter({ hasText: "A new version of crs-screen is ready" });
      await expect(announcement).toBeHidden();

      appendFileSync(workerFile, `\n// a new version, ${Date.now()}\n`);
      await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.update()));

      await expect(announcement).toBeVisible();
      await expect(announcement).toContainText("reload to use it");
      // Waiting, not active: the page keeps the version it opened with, and what was typed.
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting !== null))).toBe(true);
      await expect(page.getByLabel("Case label")).toHaveValue("Case in progress");

      // Listening before the click: on a quick machine the reload can finish before a listener added after it.
      const reloaded = page.waitForEvent("load");
      await announcement.getByRole("button", { name: "Reload" }).click();
      await reloaded;
      await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
      expect(await page.evaluate(() => navigator.serviceWorker.getRegistration().then((registration) => registration?.waiting === null))).toBe(true);
      await expect(announcement).toBeHidden();
    } finally {
      writeFileSync(workerFile, original);
    }
  });
});
