import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import type { Scenario } from "../lib/scenarios/schema";
import { traineeTitle } from "../lib/scenarios/trainee-title";

// Issue 18, items 4 and 5: an unfolding scenario played stage by stage, predictions before each
// result, and the instructor revealing the days one at a time.

interface Stage {
  readonly day: number;
  readonly vignette: readonly string[];
  readonly answerKey: Record<string, unknown>;
  readonly checklist: readonly unknown[];
}
interface Unfolding extends Stage {
  readonly id: string;
  readonly title: string;
  readonly stages: readonly Stage[];
}

const SCENARIO = JSON.parse(readFileSync(new URL("../lib/scenarios/builtin/cart-crs-unfolding-treated.json", import.meta.url), "utf8")) as Unfolding;
const DAY_2 = SCENARIO.stages[0]!;
/** What the trainee sees until the last day: the teaching title names the course ("settles after tocilizumab"). */
const NEUTRAL = traineeTitle(SCENARIO as unknown as Scenario);
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

async function noHorizontalScroll(page: Page) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
}

/** The day's data as the trainee's saved case (the form's own draft store), then the result page. */
async function enterDay(page: Page, assessment: Record<string, unknown>) {
  await page.evaluate((draft) => window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(draft)), assessment);
  await page.goto("/assess/result");
}

async function predict(page: Page, answers: Record<string, string>) {
  const dialog = page.getByRole("dialog", { name: /Before the result: your predictions for/ });
  await expect(dialog).toBeVisible();
  for (const [label, option] of Object.entries(answers)) await dialog.getByLabel(label, { exact: true }).selectOption({ label: option });
  await dialog.getByRole("button", { name: "Commit my predictions and show the result" }).click();
  await expect(dialog).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true"));
});

test("played through two days with two wrong predictions each: both misses, the computed values, and the next day", async ({ page }) => {
  await page.goto(`/scenarios/${SCENARIO.id}`);
  await expect(page.getByText("Day 1 — stage 1 of 3")).toBeVisible();
  await expect(page.getByRole("heading", { level: 1, name: NEUTRAL })).toBeVisible();
  await expect(page.getByText(SCENARIO.title)).toHaveCount(0);
  await expect(page.getByText(SCENARIO.vignette[0]!, { exact: true })).toBeVisible();
  // Later days stay hidden from the trainee.
  await expect(page.getByText(DAY_2.vignette[0]!)).toHaveCount(0);
  await page.getByRole("button", { name: "Start this scenario" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
  await expect(page.getByText(`Scenario vignette: ${NEUTRAL} — Day 1`)).toBeVisible();

  await enterDay(page, SCENARIO.answerKey);
  // A skipped question is refused, naming what to choose.
  const dialog = page.getByRole("dialog", { name: /your predictions for Day 1/ });
  await expect(dialog).toBeVisible();
  // Nothing of the result can be read behind the dialog before the predictions are committed.
  await expect(page.getByText("Your predictions first: this day's result is shown once you commit them.")).toBeVisible();
  await expect(page.getByRole("table", { name: /Every instrument at a glance/ })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: /Pattern consistent with/ })).toHaveCount(0);
  // Nor through the printable summary: it sends the trainee back to commit them.
  await page.goto("/summary");
  await expect(page.getByRole("alert").filter({ hasText: "asks for your predictions before its result is shown" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /^Level:/ })).toHaveCount(0);
  await page.goto("/assess/result");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Commit my predictions and show the result" }).click();
  await expect(dialog.getByText("Choose the level you expect")).toBeVisible();
  // MAS-2016 cannot apply to a 61-year-old after CAR-T with no sJIA: it is not asked (issue 28).
  await expect(dialog.getByLabel("MAS-2016 met")).toHaveCount(0);
  // Day 1 is grade 1, consistent: predict grade 2 and "incomplete" (two misses).
  await predict(page, {
    "ASTCT CRS grade": "grade 2",
    "ASTCT ICANS grade": "grade 0",
    "HScore ≥ 169": "not met",
    "HLH-2004 ≥ 5 of 8": "not met",
    "Overall level": "incomplete",
  });
  const checklist = page.getByRole("region", { name: /Scenario checklist/ });
  // The tally counts every mark beneath it: 3 of 5 predictions and 3 of 3 data-entry items. The
  // title stays neutral: two days are still to be played.
  await expect(checklist.getByRole("heading", { level: 2 })).toHaveText(`Scenario checklist: ${NEUTRAL} — Day 1 (stage 1 of 3) — 6 of 8 (75 %)`);
  await expect(checklist.getByText("Predictions 3 of 5 · Data entry 3 of 3")).toBeVisible();
  await expect(checklist.getByRole("row", { name: /ASTCT CRS grade/ })).toHaveText(/ASTCT CRS gradegrade 2grade 1✗ Missed/);
  await expect(checklist.getByRole("row", { name: /Overall level/ })).toHaveText(/Overall levelincompleteconsistent with✗ Missed/);
  await expect(checklist.getByRole("row", { name: /ICANS/ })).toContainText("✓ Right");
  await expect(checklist.getByText(/Teaching point for this day: Day 1: fever alone/)).toBeVisible();

  await checklist.getByRole("button", { name: "Go on to day 2" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
  await expect(page.getByText(`Scenario vignette: ${NEUTRAL} — Day 2`)).toBeVisible();
  // The context is carried forward, nothing else, into the case's next time-point at the stage's day.
  const carried = await page.evaluate(() => JSON.parse(window.sessionStorage.getItem("crs-screen.draft.v1") ?? "{}") as Record<string, unknown>);
  expect(Object.keys(carried).toSorted()).toEqual(["context", "schemaVersion"]);
  await expect(page.getByRole("heading", { name: `Time-point: Day ${DAY_2.day} (2 of 2)` })).toBeVisible();

  await enterDay(page, DAY_2.answerKey);
  // Day 2 is grade 2 with qSOFA; predict grade 3 and HScore "cannot tell yet" (two misses).
  await predict(page, {
    "ASTCT CRS grade": "grade 3",
    "ASTCT ICANS grade": "grade 0",
    "HScore ≥ 169": "cannot tell yet",
    "HLH-2004 ≥ 5 of 8": "not met",
    "Overall level": "consistent with",
  });
  await expect(checklist.getByRole("heading", { level: 2 })).toContainText("Day 2 (stage 2 of 3) — 6 of 8 (75 %)");
  await expect(checklist.getByText("Predictions 3 of 5 · Data entry 3 of 3")).toBeVisible();
  await expect(checklist.getByRole("row", { name: /ASTCT CRS grade/ })).toHaveText(/grade 3grade 2✗ Missed/);
  await expect(checklist.getByRole("row", { name: /HScore/ })).toHaveText(/cannot tell yetnot met✗ Missed/);
  await expect(checklist.getByRole("button", { name: "Go on to day 4" })).toBeVisible();
  // The days played are one case: its course shows day 1's grade 1 and day 2's grade 2.
  const course = page.getByRole("region", { name: "The course at a glance" });
  await expect(course).toBeVisible();
  await course.getByText("The course as a table").click(); // a disclosure, closed on the screen
  await expect(course.getByRole("row", { name: /^ASTCT CRS/ }).first()).toContainText(/1.*2/);
});

for (const width of [360, 1280]) {
  test(`at ${width} px: the prediction form and the reveal are axe-clean${width === 360 ? ", with no horizontal scroll" : ""}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/scenarios/${SCENARIO.id}`);
    await page.getByRole("button", { name: "Start this scenario" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
    await enterDay(page, SCENARIO.answerKey);
    await expect(page.getByRole("dialog", { name: /your predictions/ })).toBeVisible();
    await axe(page);
    if (width === 360) await noHorizontalScroll(page);
    // The predictions and the button that commits them fit one screen, on a phone too.
    const commit = (await page.getByRole("button", { name: "Commit my predictions and show the result" }).boundingBox())!;
    expect(commit.y + commit.height).toBeLessThanOrEqual(800);
    await page.screenshot({ path: `test-results/unfolding-predict-${width}.png`, fullPage: false });
    await predict(page, {
      "ASTCT CRS grade": "grade 1",
      "ASTCT ICANS grade": "grade 0",
      "HScore ≥ 169": "not met",
      "HLH-2004 ≥ 5 of 8": "not met",
      "Overall level": "consistent with",
    });
    const checklist = page.getByRole("region", { name: /Scenario checklist/ });
    await expect(checklist.getByText("Predictions 5 of 5 · Data entry 3 of 3")).toBeVisible();
    await axe(page);
    if (width === 360) await noHorizontalScroll(page);
    await checklist.scrollIntoViewIfNeeded();
    await checklist.screenshot({ path: `test-results/unfolding-reveal-${width}.png` });
  });

  test(`at ${width} px: the instructor reveals day 2 only when asked; axe-clean${width === 360 ? ", no horizontal scroll" : ""}`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/scenarios/${SCENARIO.id}/instructor`);
    await expect(page.getByRole("heading", { level: 2, name: "Day 1 (stage 1 of 3)" })).toBeVisible();
    await expect(page.getByText(DAY_2.vignette[0]!)).toHaveCount(0);
    await expect(page.getByRole("heading", { name: /Day 2/ })).toHaveCount(0);
    await axe(page);
    if (width === 360) await noHorizontalScroll(page);
    await page.getByRole("button", { name: "Reveal day 2" }).click();
    await expect(page.getByRole("heading", { level: 2, name: "Day 2 (stage 2 of 3)" })).toBeFocused();
    await expect(page.getByText(DAY_2.vignette[0]!, { exact: true })).toBeVisible();
    await expect(page.getByRole("heading", { name: /Day 4/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Print the scenario sheet for day 2" })).toBeVisible();
    await expect(page.getByRole("button", { name: "Reveal day 4" })).toBeVisible();
    await axe(page);
    if (width === 360) await noHorizontalScroll(page);
    await page.screenshot({ path: `test-results/unfolding-instructor-${width}.png`, fullPage: false });
  });
}

test("the trainee's day sheet never prints the answers: printing day 2's scenario sheet leaves its answer sheet out", async ({ page }) => {
  await page.goto(`/scenarios/${SCENARIO.id}/instructor`);
  await page.getByRole("button", { name: "Reveal day 2" }).click();
  await page.evaluate(() => {
    window.print = () => {};
  });
  await page.getByRole("button", { name: "Print the scenario sheet for day 2" }).click();
  await page.emulateMedia({ media: "print" });
  const day2 = page.locator('[data-sheet="scenario"]').nth(1);
  await expect(day2).toBeVisible();
  await expect(day2).not.toContainText("Answer key");
  await expect(day2).not.toContainText("Teaching point");
  await expect(page.locator('[data-sheet="answer"]').nth(1)).toBeHidden();
});
