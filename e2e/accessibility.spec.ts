import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import scenario from "../lib/scenarios/builtin/ebv-secondary-hlh.json" with { type: "json" };

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const STEPS = ["context", "vitals", "findings", "neurology", "laboratory", "pathology", "review"];

async function axe(page: Page, include?: string) {
  const builder = new AxeBuilder({ page }).withTags(WCAG);
  const results = await (include ? builder.include(include) : builder).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** The EBV-HLH built-in's answer key in this tab's session, with the notice acknowledged. */
const seed = (page: Page) => seedWith(page, scenario.answerKey);

/** A case already in this tab's session (the given Assessment), with the notice acknowledged (as after a first visit). */
async function seedWith(page: Page, draft: unknown) {
  await page.addInitScript((value) => {
    window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
    window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(value));
  }, draft);
}

// One page per test: each axe analysis takes seconds on a loaded 2-core machine, and a test that
// analysed nine pages in a row ran past the timeout there (issue 16).
for (const viewport of [
  { name: "desktop", width: 1280, height: 900 },
  { name: "360 px", width: 360, height: 740 },
]) {
  test.describe(`axe (WCAG 2.2 A/AA) at ${viewport.name}`, () => {
    test.use({ viewport: { width: viewport.width, height: viewport.height } });

    for (const step of STEPS) {
      test(`the ${step} step has no violations`, async ({ page }) => {
        await seed(page);
        await page.goto(`/assess/${step}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByText("Loading the case")).toHaveCount(0);
        await axe(page);
      });
    }

    test("the result page has no violations", async ({ page }) => {
      await seed(page);
      await page.goto("/assess/result");
      await expect(page.getByRole("region", { name: "HScore (Fardet 2014)" })).toBeVisible();
      await axe(page);
    });

    test("the method page has no violations", async ({ page }) => {
      await page.goto("/about");
      await axe(page);
    });

    test("nothing is wider than the viewport (no horizontal scrolling)", async ({ page }) => {
      await seed(page);
      await page.goto("/assess/laboratory");
      await expect(page.getByText("Loading the case")).toHaveCount(0);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });

    test("the first-visit notice has no violations and is acknowledged, not dismissed", async ({ page }) => {
      await page.goto("/assess/context");
      const notice = page.getByRole("dialog");
      await expect(notice).toBeVisible();
      await axe(page);
      // Escape (even twice) leaves it open
      await page.keyboard.press("Escape");
      await page.keyboard.press("Escape");
      await expect(notice).toBeVisible();
      await notice.getByRole("button", { name: "I understand — continue" }).click();
      await expect(notice).toBeHidden();
    });

    test("the about dialog has no violations and returns focus when closed", async ({ page }) => {
      await seed(page);
      await page.goto("/assess/result");
      const about = page.getByRole("button", { name: /About HScore and its source/ });
      await about.click();
      await expect(page.getByRole("dialog", { name: "HScore (Fardet 2014)" })).toBeVisible();
      await axe(page);
      await page.keyboard.press("Escape");
      await expect(about).toBeFocused();
    });

    test("the clear-case dialog has no violations and returns focus when closed", async ({ page }) => {
      await seed(page);
      await page.goto("/assess/result");
      await expect(page.getByRole("region", { name: "HScore (Fardet 2014)" })).toBeVisible();
      const clear = page.getByRole("button", { name: "Clear case" });
      await clear.click();
      await axe(page);
      await page.keyboard.press("Escape");
      await expect(clear).toBeFocused();
    });

    test("the reopened notice has no violations and returns focus when closed", async ({ page }) => {
      await seed(page);
      await page.goto("/assess/result");
      await expect(page.getByRole("region", { name: "HScore (Fardet 2014)" })).toBeVisible();
      const noticeButton = page.getByRole("button", { name: "Reopen the notice" });
      await noticeButton.click();
      await axe(page);
      await page.keyboard.press("Escape");
      await expect(noticeButton).toBeFocused();
    });
  });
}

/** Presses Tab until the target has focus: proves it is reachable by keyboard, in order, without a trap. */
async function tabTo(page: Page, target: Locator, max = 80) {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`not reachable with Tab: ${target.toString()}`);
}

// A full case by keyboard, in two halves (each well inside the timeout on a loaded machine): the
// second starts from the context the first one enters.
test("by keyboard alone: the notice is acknowledged and the context step filled in and saved", async ({ page }) => {
  await page.goto("/assess/context");
  const notice = page.getByRole("dialog");
  await expect(notice).toBeVisible();
  // focus is inside the dialog: Tab to the acknowledgement and press Enter
  await tabTo(page, notice.getByRole("button", { name: "I understand — continue" }), 10);
  await page.keyboard.press("Enter");
  await expect(notice).toBeHidden();

  await tabTo(page, page.getByLabel("Clinical setting"));
  await page.keyboard.press("ArrowDown"); // first option after "Not recorded": immune effector cell therapy
  await expect(page.getByLabel("Clinical setting")).toHaveValue("immune-effector-cell-therapy");
  await tabTo(page, page.getByLabel("Age"));
  await page.keyboard.type("45");
  // Tab enters a radio group at its checked option (Not assessed); arrows move within the group.
  await tabTo(page, page.getByRole("group", { name: "Known or suspected systemic JIA" }).getByLabel("Not assessed", { exact: true }));
  await page.keyboard.press("ArrowUp"); // Not assessed → No
  await expect(page.getByRole("group", { name: "Known or suspected systemic JIA" }).getByLabel("No", { exact: true })).toBeChecked();
  await tabTo(page, page.getByRole("button", { name: /Save and continue/ }));
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { level: 1, name: "Vital signs and support" })).toBeFocused();
});

test("by keyboard alone: the remaining steps to the result", async ({ page }) => {
  await seedWith(page, { schemaVersion: 1, context: { setting: "immune-effector-cell-therapy", ageYears: 45, feverOtherCause: false } });
  await page.goto("/assess/vitals");
  await expect(page.getByText("Loading the case")).toHaveCount(0);
  await tabTo(page, page.getByLabel("Highest temperature", { exact: true }));
  await page.keyboard.type("38.7");
  await page.keyboard.press("Enter"); // Enter in a field submits the step
  for (const heading of ["Signs and examination", "Neurological status", "Laboratory", "Pathology"]) {
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeFocused();
    await tabTo(page, page.getByRole("button", { name: /Save and continue/ }), 120);
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await tabTo(page, page.getByRole("link", { name: "See the result" }), 120);
  await page.keyboard.press("Enter");
  const crs = page.getByRole("region", { name: "ASTCT CRS grade (2019 consensus)" });
  await expect(crs.locator(".figure")).toHaveText(/^1/);
});
