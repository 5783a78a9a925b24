/**
 * What a person types is what is kept (issue 14, items 1 and 2), on the production build: numbers
 * typed key by key, the echo read beside each field, a unit switched after typing, and the case
 * file downloaded from Review read back for what was stored.
 */
import { expect, test, type Locator, type Page } from "@playwright/test";
import { mkdirSync, readFileSync } from "node:fs";
import { acknowledgeNotice } from "./helpers";

const SHOTS = process.env.SHOTS_DIR;

async function open(page: Page, step: string, heading: string): Promise<void> {
  await page.goto(`/assess/${step}`);
  await acknowledgeNotice(page);
  await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
}

/** Types as a person does: one key at a time, into an emptied field. */
async function typeInto(field: Locator, text: string): Promise<void> {
  await field.clear();
  await field.pressSequentially(text, { delay: 15 });
}

/** The echo tied to a number input by aria-describedby. */
async function echoOf(page: Page, field: Locator): Promise<Locator> {
  const ids = ((await field.getAttribute("aria-describedby")) ?? "").split(" ");
  const id = ids.find((ref) => ref.endsWith("-echo"));
  expect(id, "an echo is tied to the input").toBeDefined();
  const echo = page.locator(`[id="${id}"]`);
  await expect(echo).toHaveAttribute("aria-live", "polite");
  return echo;
}

test.describe("number entry that never guesses", () => {
  test("12,400 is refused with both readings; 12 400 and 38,5 are kept as typed; a unit change re-reads the text; the case file holds what was typed", async ({ page }) => {
    await open(page, "laboratory", "Laboratory");
    const ferritin = page.getByLabel("Ferritin", { exact: true });
    const ferritinEcho = await echoOf(page, ferritin);

    await typeInto(ferritin, "12,400");
    await expect(ferritinEcho).toHaveText("12,400 is not kept. Did you mean 12 400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second.");
    await page.getByRole("button", { name: "Save and continue to pathology" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "problem to fix" });
    await expect(summary).toContainText('Ferritin: "12,400" can be read two ways. Did you mean 12 400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second.');

    await typeInto(ferritin, "12 400");
    await expect(ferritinEcho).toHaveText("= 12\u202f400 ng/mL");

    // 9.5 typed as CRP in mg/L, then mg/dL chosen: the text stays and now means 9.5 mg/dL.
    const crp = page.getByLabel("CRP", { exact: true });
    const crpEcho = await echoOf(page, crp);
    await typeInto(crp, "9.5");
    await expect(crpEcho).toHaveText("= 9.5 mg/L");
    await page.getByLabel("Unit for CRP").selectOption("mg/dL");
    await expect(crp).toHaveValue("9.5");
    await expect(crpEcho).toHaveText("= 9.5 mg/dL");
    await page.getByRole("button", { name: "Save and continue to pathology" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Pathology" })).toBeVisible();

    // 451 typed as a temperature, then °F chosen: the error quotes 451, never a conversion of it.
    await page.goto("/assess/vitals");
    const temperature = page.getByLabel("Highest temperature", { exact: true });
    await typeInto(temperature, "451");
    await page.getByRole("button", { name: /Save and continue/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: "problem to fix" })).toContainText("Highest temperature: you typed 451; it must be between 30 and 45 °C.");
    await page.getByLabel("Unit for Highest temperature").selectOption("°F");
    await expect(temperature).toHaveValue("451");
    await expect(page.getByRole("alert").filter({ hasText: "problem to fix" })).toContainText("Highest temperature: you typed 451; it must be between 86 and 113 °F.");
    await page.getByLabel("Unit for Highest temperature").selectOption("°C");
    const temperatureEcho = await echoOf(page, temperature);
    await typeInto(temperature, "38,5");
    await expect(temperatureEcho).toHaveText("= 38.5 °C");
    await page.getByRole("button", { name: /Save and continue/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Signs and examination" })).toBeVisible();

    // Review: each value in the unit it was entered in, under a label that names no other unit.
    await page.goto("/assess/review");
    const laboratory = page.getByRole("region", { name: /^Laboratory/ });
    await expect(laboratory.getByRole("term").filter({ hasText: /^CRP$/ })).toBeVisible();
    await expect(laboratory).toContainText("9.5 mg/dL");
    await expect(laboratory).not.toContainText("(mg/L)");
    await expect(laboratory).toContainText("12\u202f400 ng/mL"); // grouped as the form echoed it
    await expect(page.getByRole("region", { name: /^Vital signs/ })).toContainText("38.5 °C");

    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export case (JSON file)" }).click();
    const saved = JSON.parse(readFileSync(await (await downloading).path(), "utf8")) as { labs: Record<string, number>; vitals: Record<string, number> };
    expect(saved.labs.ferritinNgPerMl).toBe(12400);
    expect(saved.labs.crpMgPerL).toBe(95);
    expect(saved.vitals.temperatureMaxC).toBe(38.5);
  });

  for (const width of [360, 1280]) {
    test(`at ${width} px the echo wraps inside its field and does not widen the page`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await open(page, "laboratory", "Laboratory");
      const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
      const before = await pageWidth();
      const ferritin = page.getByLabel("Ferritin", { exact: true });
      await typeInto(ferritin, "12,400");
      const echo = await echoOf(page, ferritin);
      await expect(echo).toContainText("Did you mean");
      await typeInto(page.getByLabel("Platelets", { exact: true }), "1,500");
      await typeInto(page.getByLabel("Creatinine", { exact: true }), "1,250");
      await page.getByLabel("Unit for Platelets").selectOption("/µL");
      expect(await pageWidth()).toBe(before);
      const field = ferritin.locator("xpath=ancestor::div[contains(@class,'field')][1]");
      const [echoBox, fieldBox] = [await echo.boundingBox(), await field.boundingBox()];
      expect(echoBox!.x + echoBox!.width).toBeLessThanOrEqual(fieldBox!.x + fieldBox!.width + 0.5);
      if (SHOTS) {
        mkdirSync(SHOTS, { recursive: true });
        await ferritin.scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${SHOTS}/laboratory-echo-${width}.png` });
        await page.screenshot({ path: `${SHOTS}/laboratory-echo-${width}-full.png`, fullPage: true });
      }
    });
  }

  // Issue 28, item 7: a slip gets a question, never a change — on a phone, where the echo has least room.
  test("at 360 px a slip is asked about beside the field and on Save, and nothing is changed", async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 800 });
    await open(page, "vitals", "Vital signs and support");
    const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
    const before = await pageWidth();
    const temperature = page.getByLabel("Highest temperature", { exact: true });
    const echo = await echoOf(page, temperature);
    await typeInto(temperature, "392");
    await expect(echo).toHaveText("392 °C is outside the plausible 30–45 °C, so it is not kept. Did you mean 39.2 °C?");
    expect(await pageWidth()).toBe(before);
    const field = temperature.locator("xpath=ancestor::div[contains(@class,'field')][1]");
    const [echoBox, fieldBox] = [await echo.boundingBox(), await field.boundingBox()];
    expect(echoBox!.x + echoBox!.width).toBeLessThanOrEqual(fieldBox!.x + fieldBox!.width + 0.5);
    if (SHOTS) {
      mkdirSync(SHOTS, { recursive: true });
      await temperature.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/vitals-slip-360.png` });
    }

    await page.getByRole("button", { name: /Save and continue/ }).click();
    await expect(page.getByRole("alert").filter({ hasText: "problem to fix" })).toContainText("Highest temperature: you typed 392; it must be between 30 and 45 °C. Did you mean 39.2 °C?");
    await expect(temperature).toHaveValue("392");
    await expect(page.getByRole("heading", { level: 1, name: "Vital signs and support" })).toBeVisible();
  });
});
