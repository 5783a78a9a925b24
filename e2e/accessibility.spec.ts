import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Locator, type Page } from "@playwright/test";
import { PAGE_STATES, reach } from "./page-states.mjs";

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** A case already in this tab's session (the given Assessment), with the notice acknowledged (as after a first visit). */
async function seedWith(page: Page, draft: unknown) {
  await page.addInitScript((value) => {
    window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
    window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(value));
  }, draft);
}

// Axe, once: every named page state (e2e/page-states.mjs, the states the README's screenshots are
// taken from) at a desktop width and on phones at 360 and 320 px (issue 17's widths), emulated as
// mobile Chrome does it (isMobile widens the layout viewport to fit content that overflows, so a
// too-wide page shows up as a page wider than the screen). One state per test: each axe analysis
// takes seconds on a loaded 2-core machine, and a test that analysed nine pages in a row ran past
// the timeout there (issue 16).
for (const viewport of [
  { name: "desktop", width: 1280, height: 900, isMobile: false },
  { name: "360 px", width: 360, height: 740, isMobile: true },
  { name: "320 px", width: 320, height: 740, isMobile: true },
]) {
  test.describe(`axe (WCAG 2.2 A/AA) at ${viewport.name}`, () => {
    test.use({
      viewport: { width: viewport.width, height: viewport.height },
      ...(viewport.isMobile ? { isMobile: true, hasTouch: true, deviceScaleFactor: 2 } : {}),
    });

    for (const state of PAGE_STATES) {
      test(`${state.name}: no violations, nothing wider than the screen`, async ({ page }) => {
        await reach(page, state);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
        const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
        expect(scrollWidth).toBeLessThanOrEqual(viewport.width);
      });
    }
  });
}

/** The named state, for the behaviour tests below that start where the loop's axe check did. */
const state = (name: string) => PAGE_STATES.find((s) => s.name === name)!;

test("the first-visit notice is acknowledged, not dismissed: Escape (even twice) leaves it open", async ({ page }) => {
  await reach(page, state("first-visit notice"));
  const notice = page.getByRole("dialog");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Escape");
  await expect(notice).toBeVisible();
  await notice.getByRole("button", { name: "I understand — continue" }).click();
  await expect(notice).toBeHidden();
});

for (const [name, button] of [
  ["about-an-instrument dialog (HScore)", /About HScore and its source/],
  ["clear-case dialog", "Clear case"],
  ["reopened notice", "Reopen the notice"],
] as const) {
  test(`the ${name} returns focus to its button when closed with Escape`, async ({ page }) => {
    await reach(page, state(name));
    await page.keyboard.press("Escape");
    await expect(page.getByRole("button", { name: button })).toBeFocused();
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
