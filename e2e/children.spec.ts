import { expect, test, type Page } from "@playwright/test";
import { acknowledgeNotice, continueTo } from "./helpers";

// Looked at by people, never compared: kept with the run's other output.
const SHOTS = "test-results/shots";

/** Records the age on the context step (empty = not recorded) and saves it. */
async function withAge(page: Page, age: string): Promise<void> {
  await page.goto("/assess/context");
  await page.getByLabel("Age").fill(age);
  await continueTo(page, "Vital signs and support");
}

test.describe("children and ventilation (issue 15)", () => {
  test("the neurology step asks for the CAPD total under 12, ICE items from 12, and both (labelled) when the age is unknown", async ({ page }) => {
    await page.goto("/assess/context");
    await acknowledgeNotice(page);

    await withAge(page, "7");
    await page.goto("/assess/neurology");
    const capd = page.getByRole("group", { name: /CAPD \(Cornell Assessment of Pediatric Delirium\) — children under 12/ });
    await expect(capd).toBeVisible();
    await expect(capd.getByLabel(/CAPD total/)).toBeVisible();
    await expect(capd.getByRole("link", { name: /CAPD scale/ })).toHaveAttribute("href", "https://www.chop.edu/node/138797");
    await expect(page.getByRole("group", { name: /ICE screen/ })).toHaveCount(0);
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await page.screenshot({ path: `${SHOTS}/neurology-age-7-${width}.png`, fullPage: true });
    }

    await withAge(page, "12");
    await page.goto("/assess/neurology");
    await expect(page.getByRole("group", { name: /ICE screen .* — age 12 and over/ })).toBeVisible();
    await expect(page.getByLabel(/CAPD total/)).toHaveCount(0);
    // The ICE total is shown live as the items are scored (issue 17 item 2).
    const total = page.locator("output", { hasText: "ICE total" });
    await expect(total).toHaveText(/shown here as the items are scored/);
    await page.getByRole("textbox", { name: /ICE orientation/ }).fill("4");
    await expect(total).toHaveText("ICE total: 4–10 of 10 (open: naming, following commands, writing, attention)");
    for (const [item, points] of [["naming", "3"], ["following commands", "1"], ["attention", "0"]] as const) await page.getByRole("textbox", { name: new RegExp(`ICE ${item}`) }).fill(points);
    await page.getByRole("checkbox", { name: /Not assessable \(ICE writing\)/ }).check();
    await expect(total).toHaveText("ICE total: 8–9 of 10 (open: writing)");

    await withAge(page, "");
    await page.goto("/assess/neurology");
    await expect(page.getByRole("group", { name: /ICE screen .* — age 12 and over/ })).toBeVisible();
    await expect(page.getByRole("group", { name: /CAPD .* — children under 12/ })).toBeVisible();
  });

  test("the airway-protection question appears only with mechanical ventilation", async ({ page }) => {
    await page.goto("/assess/context");
    await acknowledgeNotice(page);
    await withAge(page, "30");
    const airway = page.getByRole("group", { name: /Ventilated to protect the airway/ });
    await expect(airway).toHaveCount(0);
    await page.getByLabel("Oxygen device").selectOption("bipap");
    await expect(airway).toHaveCount(0);
    await page.getByLabel("Oxygen device").selectOption("mechanical-ventilation");
    await expect(airway).toBeVisible();
    await expect(airway).toContainText("our convention");
    await airway.getByLabel("Yes", { exact: true }).check();
    await expect(page.getByText(/positive pressure for airway protection — not counted as CRS hypoxia/)).toBeVisible();
    for (const width of [360, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await airway.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${SHOTS}/vitals-ventilation-${width}.png` });
    }
    await page.getByLabel("Oxygen device").selectOption("cpap");
    await expect(airway).toHaveCount(0);
  });

  test("a 4-year-old's 85/50 is read against her age's cut-off on the vitals step", async ({ page }) => {
    await page.goto("/assess/context");
    await acknowledgeNotice(page);
    await withAge(page, "4");
    await page.getByLabel("Systolic blood pressure").fill("85");
    await page.getByLabel("Diastolic blood pressure").fill("50");
    await page.getByLabel("Vasopressors (not counting vasopressin)").fill("0");
    await page.getByRole("group", { name: "Vasopressin given" }).getByLabel("No", { exact: true }).check();
    await expect(page.getByText(/no — derived from blood pressure \(SBP < 78 mmHg at age 4/)).toBeVisible();
  });
});
