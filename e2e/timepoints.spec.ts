import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { continueTo } from "./helpers";

// Issue 28 item 3: a time-point is a day you enter. "Add a time-point" opens the new day's first
// step, the day is in the heading and in the address, and Back and Forward stay on their day.

test.describe.configure({ timeout: 180_000 });

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true"));
});

const step = (page: Page, title: string, day?: number) => page.getByRole("heading", { level: 1, name: day === undefined ? title : `${title} — Day ${day}` });

for (const width of [360, 1280]) {
  test(`at ${width} px: Add a time-point opens the new day's first step; Back and Forward keep each page's day, and what was typed stays in its day`, async ({ page }) => {
    await page.setViewportSize({ width, height: 800 });
    await page.goto("/assess/context");
    await page.getByLabel("Clinical setting").selectOption("immune-effector-cell-therapy");
    await page.getByLabel("Age").fill("54");
    await page.getByLabel("Days since infusion").fill("5");
    await continueTo(page, "Vital signs and support");
    await page.getByLabel("Highest temperature", { exact: true }).fill("38.6");
    await continueTo(page, "Signs and examination");

    // The patient is 5 days after infusion: the case is at day 5, so the next day is 6 (it said "Day 0", then 1).
    await page.locator("summary", { hasText: /add a time-point/i }).click();
    await expect(page.getByLabel("Day of this time-point")).toHaveValue("5");
    await expect(page.getByLabel("Day of the new time-point")).toHaveValue("6");
    await page.getByRole("button", { name: "Add a time-point" }).click();

    // The new day's first step, to be entered — not the result of an empty day.
    await expect(step(page, "Context", 6)).toBeVisible();
    await expect(page).toHaveURL(/\/assess\/context\?day=6$/);
    await expect(page.getByRole("heading", { name: "Time-point: Day 6 (2 of 2)" })).toBeVisible();
    await expect(page.getByLabel("Days since infusion")).toHaveValue("6");
    await continueTo(page, "Vital signs and support");
    await expect(page).toHaveURL(/\/assess\/vitals\?day=6$/);
    await page.getByLabel("Highest temperature", { exact: true }).fill("39.4");

    // Back: day 6's context, then the page of day 5 that was left.
    await page.goBack();
    await expect(step(page, "Context", 6)).toBeVisible();
    await page.goBack();
    await expect(page).toHaveURL(/\/assess\/findings\?day=5$/);
    await expect(step(page, "Signs and examination", 5)).toBeVisible();
    await expect(page.getByRole("heading", { name: "Time-point: Day 5 (1 of 2)" })).toBeVisible();

    // Forward twice: day 6 again, with what was typed there.
    await page.goForward();
    await expect(step(page, "Context", 6)).toBeVisible();
    await page.goForward();
    await expect(page).toHaveURL(/\/assess\/vitals\?day=6$/);
    await expect(step(page, "Vital signs and support", 6)).toBeVisible();
    await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("39.4");
    await page.screenshot({ path: `test-results/timepoints-step-${width}.png` });

    // Switching with the time-point buttons is in the history too; the step links keep the day.
    await page.getByRole("navigation", { name: "Time-points of this case" }).getByRole("button", { name: "Day 5" }).click();
    await expect(step(page, "Vital signs and support", 5)).toBeVisible();
    await expect(page).toHaveURL(/\/assess\/vitals\?day=5$/);
    await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("38.6");
    await page.goBack();
    await expect(step(page, "Vital signs and support", 6)).toBeVisible();
    await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("39.4");
    await page.getByRole("navigation", { name: "Assessment steps" }).getByRole("link", { name: /Context/ }).click();
    await expect(step(page, "Context", 6)).toBeVisible();
    await expect(page).toHaveURL(/\/assess\/context\?day=6$/);
  });
}

test("an address naming a day the case does not have opens the current day, and says so", async ({ page }) => {
  const theCase = { current: 1, timepoints: [{ at: { day: 1 }, assessment: { schemaVersion: 1 } }, { at: { day: 3 }, assessment: { schemaVersion: 1 } }] };
  await page.addInitScript((c) => {
    if (window.sessionStorage.getItem("crs-screen.case.v1") === null) window.sessionStorage.setItem("crs-screen.case.v1", JSON.stringify(c));
  }, theCase);
  await page.goto("/assess/vitals?day=2");
  await expect(page.getByRole("status").filter({ hasText: "Day 2 is not a time-point of this case" })).toContainText("this page edits Day 3");
  await expect(step(page, "Vital signs and support", 3)).toBeVisible();
  await expect(page).toHaveURL(/\/assess\/vitals\?day=3$/);
  // An address without a day (a link from elsewhere) is given the current one.
  await page.goto("/assess/laboratory");
  await expect(page).toHaveURL(/\/assess\/laboratory\?day=3$/);
  // One naming another day of the case switches to it.
  await page.goto("/assess/laboratory?day=1");
  await expect(step(page, "Laboratory", 1)).toBeVisible();
  await expect(page.getByRole("heading", { name: "Time-point: Day 1 (1 of 2)" })).toBeVisible();
});

test("a day with nothing entered is not charted; its result says so and leads to its first step", async ({ page }) => {
  const scenario = JSON.parse(readFileSync(join(process.cwd(), "lib/scenarios/builtin/cart-crs-unfolding-treated.json"), "utf8")) as { answerKey: { context: unknown }; stages: { day: number; answerKey: unknown }[] };
  const added = { schemaVersion: 1, context: scenario.answerKey.context };
  const timepoints = [
    { at: { day: 1 }, assessment: scenario.answerKey },
    { at: { day: 2 }, assessment: scenario.stages[0]!.answerKey },
    { at: { day: 3 }, assessment: added },
  ];
  await page.addInitScript(
    ([c, draft]) => {
      window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(draft));
      window.sessionStorage.setItem("crs-screen.case.v1", JSON.stringify(c));
    },
    [{ current: 2, timepoints }, added] as const,
  );
  await page.goto("/assess/result");
  const course = page.getByRole("region", { name: "The course at a glance" });
  await expect(course).toBeVisible();
  await expect(course.getByText("Not charted, nothing entered yet: Day 3.")).toBeVisible();
  await expect(course.getByRole("img", { name: /^ASTCT CRS \(grade\): D1 1, D2 2; threshold 1\.$/ })).toBeVisible();
  // HScore's highest is the entered days', not the empty day's whole range.
  await expect(course.getByText(/^HScore: highest \d+(–\d+)?;/)).not.toContainText("337");
  await page.getByRole("link", { name: "Enter Day 3" }).click();
  await expect(step(page, "Context", 3)).toBeVisible();
});

// The built-in unfolding cases, every stage entered: the phone result stays within 6 000 px, its details closed.
for (const name of ["cart-crs-into-hlh-like", "cart-crs-unfolding-treated", "ebv-hlh-workup-unfolding", "sjia-flare-into-mas"]) {
  test(`${name}, every stage entered: the result at 360 px is at most 6 000 px tall`, async ({ page }) => {
    const scenario = JSON.parse(readFileSync(join(process.cwd(), `lib/scenarios/builtin/${name}.json`), "utf8")) as { day?: number; answerKey: unknown; stages: { day: number; answerKey: unknown }[] };
    const timepoints = [{ at: { day: scenario.day ?? 0 }, assessment: scenario.answerKey }, ...scenario.stages.map((s) => ({ at: { day: s.day }, assessment: s.answerKey }))];
    await page.addInitScript(
      ([c, draft]) => {
        window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(draft));
        window.sessionStorage.setItem("crs-screen.case.v1", JSON.stringify(c));
      },
      [{ current: timepoints.length - 1, timepoints }, timepoints.at(-1)!.assessment] as const,
    );
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto("/assess/result");
    await expect(page.getByRole("heading", { name: "The course at a glance" })).toBeVisible({ timeout: 20_000 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    console.log(`${name}: ${height} px`);
    expect(height).toBeLessThanOrEqual(6000);
    // Closed, the instrument cards are still reached from the table's links (the browser opens the disclosure).
    const link = page.getByRole("table", { name: /Every instrument at a glance/ }).getByRole("link").first();
    const target = (await link.getAttribute("href"))!;
    await link.click();
    await expect(page.locator(target)).toBeVisible();
  });
}
