/**
 * Issue 28, items 1, 2 and 4, as a trainee on a 360 px phone and an educator at 1280 px meet them:
 * the question a CRS grade hinges on is asked beside its sign and only when it can matter; an open
 * answer is read back as what it would decide, with a link that lands on the field; fields that
 * cannot apply are not listed as not assessed; the progress ticks what was done.
 */
import { expect, test, type Page } from "@playwright/test";
import { acknowledgeNotice, answer, continueTo } from "./helpers";

const VIEWPORTS = [
  { name: "360 px", width: 360, height: 740 },
  { name: "1280 px", width: 1280, height: 900 },
] as const;

/** The fieldset (a group of questions) a control sits in, by its legend. */
const group = (page: Page, legend: string) => page.locator("fieldset.group").filter({ has: page.locator("legend", { hasText: new RegExp(`^${legend}$`) }) });

for (const viewport of VIEWPORTS) {
  test.describe(`a form that asks like a clinician at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    test("the adult CAR-T case at 39.2 °C on one vasopressor: the fever's cause is asked beside the temperature, and the case reads CRS 3 with IL-6 blockade", async ({ page }) => {
      await page.goto("/assess/context");
      await acknowledgeNotice(page);
      await page.getByLabel("Clinical setting").selectOption("immune-effector-cell-therapy");
      await page.getByLabel("Age").fill("61");
      // The context step no longer asks about the fever, before any temperature is known.
      await expect(page.getByRole("group", { name: "Fever attributable to another cause" })).toHaveCount(0);
      await continueTo(page, "Vital signs and support");

      const temperature = group(page, "Temperature");
      await temperature.getByLabel("Highest temperature", { exact: true }).fill("39.2");
      await expect(temperature.getByRole("group", { name: "Fever attributable to another cause" })).toBeVisible();
      await answer(page, "Fever attributable to another cause", "No");
      await answer(page, /Antipyretic or anti-cytokine therapy given/, "No");
      await page.getByLabel("Systolic blood pressure").fill("84");
      await page.getByLabel("Diastolic blood pressure").fill("50");
      await answer(page, "Hypotension (clinician's judgement)", "Yes");
      await page.getByLabel("Vasopressors (not counting vasopressin)").fill("1");
      await answer(page, "Vasopressin given", "No");
      // Left unanswered at first: the result says what it would decide.
      await page.getByLabel("Oxygen device").selectOption("none");
      // On room air neither the flow nor another cause for hypoxia is asked.
      await expect(page.getByLabel("Oxygen flow")).toHaveCount(0);
      await expect(page.getByRole("group", { name: /^Hypoxia attributable to another cause/ })).toHaveCount(0);
      await continueTo(page, "Signs and examination");

      await page.goto("/assess/result");
      const level = page.getByRole("region", { name: /Pattern consistent|Incomplete|Not flagged/ }).first();
      await expect(level).toContainText("ASTCT CRS: Grade 1 if “Hypotension attributable to another cause (e.g. sepsis, bleeding, sedation)” is yes; grade 3 if");
      // The conditional reading's question lands on its field: scrolled into view and focused.
      await level.getByRole("link", { name: /^Hypotension attributable to another cause/ }).first().click();
      await expect(page.getByRole("heading", { level: 1, name: /^Vital signs and support/ })).toBeVisible();
      const field = page.locator("#field-vitals-hypotensionOtherCause");
      await expect(field).toBeFocused();
      await expect(field).toBeInViewport();
      expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      await answer(page, /^Hypotension attributable to another cause/, "No");
      await continueTo(page, "Signs and examination");

      await page.goto("/assess/result");
      const crs = page.getByRole("region", { name: "ASTCT CRS grade (2019 consensus)" });
      await expect(crs.locator(".figure")).toHaveText("3");
      const therapies = page.getByRole("region", { name: "Therapy classes discussed for this pattern" });
      await expect(therapies.getByText("IL-6 receptor / IL-6 blockade", { exact: true })).toBeVisible();
      // No page is wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    });

    test("the summary lists as not assessed only what the form would ask: an adult on room air, a 4-year-old", async ({ page }) => {
      await page.addInitScript(() => window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true"));
      const notAssessed = async (draft: unknown) => {
        await page.evaluate((d) => window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(d)), draft);
        await page.goto("/summary");
        const line = page.locator("p.not-assessed");
        await expect(line).toBeVisible();
        return line.innerText();
      };
      await page.goto("/");
      const adult = await notAssessed({ schemaVersion: 1, context: { setting: "immune-effector-cell-therapy", ageYears: 61 }, vitals: { oxygenDevice: "none" } });
      expect(adult).not.toContain("CAPD");
      expect(adult).not.toContain("Oxygen flow");
      expect(adult).not.toContain("Ventilated to protect the airway");
      expect(adult).not.toContain("Hypoxia attributable to another cause");
      expect(adult).not.toContain("CRS (fever with no other cause) was present before");
      expect(adult).toContain("Highest temperature");
      const child = await notAssessed({ schemaVersion: 1, context: { setting: "immune-effector-cell-therapy", ageYears: 4 } });
      expect(child).not.toContain("ICE score");
      expect(child).toContain("CAPD");
    });

    test("the progress ticks a step saved empty on purpose, and Review once viewed", async ({ page }) => {
      await page.goto("/assess/pathology");
      await acknowledgeNotice(page);
      await continueTo(page, "Review");
      await page.getByRole("link", { name: "See the result" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Screening result" })).toBeVisible();
      const steps = page.getByRole("navigation", { name: "Assessment steps" });
      await expect(steps.getByRole("link", { name: /Pathology/ })).toContainText("✓");
      await expect(steps.getByRole("link", { name: /Review/ })).toContainText("✓");
      // A step only skipped past is not done.
      await expect(steps.getByRole("link", { name: /Laboratory/ })).not.toContainText("✓");
    });
  });
}
