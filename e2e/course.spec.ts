import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { acknowledgeNotice, answer, continueTo } from "./helpers";
import { SUMMARY_HEADINGS, lastContentLine, printedTables, readPdf, tableHeadsPerColumn } from "./pdf";

// Typing three time-points, a PDF and the command line: slow on a shared two-core machine.
test.describe.configure({ timeout: 180_000 });

const ROOT = process.cwd();
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), "crs-course-"));
  const file = join(dir, "course.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
}

async function vitals(page: Page, v: { temperature: string; hypotension: "Yes" | "No"; vasopressors: string }) {
  await page.goto("/assess/vitals");
  await expect(page.getByRole("heading", { level: 1, name: "Vital signs and support" })).toBeVisible();
  await page.getByLabel("Highest temperature", { exact: true }).fill(v.temperature);
  // The fever's questions sit beside the temperature; its cause is asked only from 38.0 °C.
  if (Number(v.temperature) >= 38) await answer(page, "Fever attributable to another cause", "No");
  await answer(page, /Antipyretic or anti-cytokine therapy given/, "No");
  await answer(page, "Hypotension (clinician's judgement)", v.hypotension);
  await page.getByLabel("Vasopressors (not counting vasopressin)").fill(v.vasopressors);
  await answer(page, "Vasopressin given", "No");
  if (v.hypotension === "Yes") await answer(page, /^Hypotension attributable to another cause/, "No");
  await page.getByLabel("Oxygen device").selectOption("none");
  await continueTo(page, "Signs and examination");
}

/** The course's table and its lab trends are disclosures, closed on the screen (the charts carry the course). */
async function openCourseTables(page: Page) {
  const course = page.getByTestId("course");
  for (const summary of await course.locator("details > summary").all()) await summary.click();
}

/** The time-point controls sit in a disclosure under the switcher's heading, closed by default. */
async function openTimePointControls(page: Page) {
  await page.locator("summary", { hasText: /add a time-point/i }).click();
}

async function addTimePoint(page: Page, day: string) {
  await openTimePointControls(page);
  await page.getByLabel("Day of the new time-point").fill(day);
  await page.getByRole("button", { name: "Add a time-point" }).click();
  await expect(page.getByRole("heading", { name: new RegExp(`^Time-point: Day ${day} `) })).toBeVisible();
}

async function exported(page: Page): Promise<{ file: string; json: unknown }> {
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Export case (JSON file)" }).click();
  const file = await (await downloading).path();
  return { file, json: JSON.parse(readFileSync(file, "utf8")) };
}

async function clearCase(page: Page) {
  await page.goto("/assess/result");
  await page.getByRole("button", { name: "Clear case" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Clear everything" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
}

test("a 3-time-point CAR-T case typed through the form shows its course, as the command line does; it travels whole", async ({ page }) => {
  execFileSync(process.execPath, ["scripts/build-cli.mjs"], { cwd: ROOT });
  await page.goto("/assess/context");
  await acknowledgeNotice(page);
  await openTimePointControls(page);
  await page.getByLabel("Day of this time-point").fill("1");
  await page.getByRole("button", { name: "Set day" }).click();
  await expect(page.getByRole("heading", { name: /^Time-point: Day 1 / })).toBeVisible();
  await page.getByLabel("Case label").fill("CAR-T course");
  await page.getByLabel("Clinical setting").selectOption("immune-effector-cell-therapy");
  await page.getByLabel("Age").fill("54");
  await continueTo(page, "Vital signs and support");

  // Day 1: fever only.
  await vitals(page, { temperature: "38.6", hypotension: "No", vasopressors: "0" });
  // Day 3: on one vasopressor.
  await addTimePoint(page, "3");
  await vitals(page, { temperature: "39.1", hypotension: "Yes", vasopressors: "1" });
  // Day 6: afebrile, without support.
  await addTimePoint(page, "6");
  await vitals(page, { temperature: "37.0", hypotension: "No", vasopressors: "0" });

  await page.goto("/assess/result");
  await expect(page.getByRole("heading", { name: "The course at a glance" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Time-points of this case" })).toContainText("Day 1Day 3Day 6");
  await openCourseTables(page);
  const crs = page.locator('[data-testid="course"] tr[data-instrument="astct-crs"]');
  await expect(crs.locator("td")).toHaveText(["1", "3", "0", "3", "Day 1", "Day 3", ""]);
  await expect(page.getByRole("img", { name: /^ASTCT CRS \(grade\): D1 1, D3 3, D6 0; threshold 1\.$/ })).toBeVisible();

  const first = await exported(page);
  const cli = JSON.parse(execFileSync(process.execPath, [join(ROOT, "bin/crs-screen.mjs"), "course", first.file], { encoding: "utf8" })) as {
    course: Record<string, { highest: unknown; firstMetAt: unknown; lastMetAt: unknown }>;
  };
  expect(cli.course["astct-crs"]).toEqual({ highest: { min: 3, max: 3 }, firstMetAt: { day: 1 }, lastMetAt: { day: 3 }, metAt: [{ day: 1 }, { day: 3 }] });
  expect((first.json as { timepoints: unknown[] }).timepoints).toHaveLength(3);

  // Export → clear → import gives back the identical case.
  await clearCase(page);
  await page.goto("/import");
  await page.getByLabel("Choose a case file (.json), or drop it here").setInputFiles(first.file);
  await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
  await page.goto("/assess/result");
  expect((await exported(page)).json).toEqual(first.json);

  // A share link of the whole case, opened in a cleared browser, gives it back too.
  await page.getByRole("button", { name: "Create share link" }).click();
  const link = await page.getByLabel(/^Share link/).inputValue();
  await clearCase(page);
  await page.goto(link);
  await expect(page.getByRole("heading", { name: "The course at a glance" })).toBeVisible();
  expect((await exported(page)).json).toEqual(first.json);

  // The summary prints the course within 2 pages.
  await page.goto("/summary");
  await expect(page.getByRole("heading", { name: "The course at a glance" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4" });
  writeFileSync("/tmp/i18-course-print.pdf", pdf);
  const pages = pdfPages(pdf);
  expect(pages.length).toBeLessThanOrEqual(2);
  const all = pages.join("\n");
  expect(all).toContain("The course at a glance");
  expect(all).toMatch(/ASTCT CRS\s+1\s+3\s+0\s+3\s+Day 1\s+Day 3/);
  await page.emulateMedia({ media: "screen" });

  // Axe clean with the course at 360 and 1280 px; no horizontal scroll at 360 px.
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/assess/result");
    await expect(page.getByRole("heading", { name: "The course at a glance" })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations).toEqual([]);
    if (width === 360) expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).toBe(true);
    await page.screenshot({ path: `test-results/shots/course-result-${width}.png`, clip: { x: 0, y: 0, width, height: 1400 } });
    await page.getByTestId("course").screenshot({ path: `test-results/shots/course-section-${width}.png` });
    await page.goto("/assess/laboratory");
    await expect(page.getByRole("button", { name: /Copy the previous time-point's values/ })).toBeVisible();
    await page.screenshot({ path: `test-results/shots/course-step-${width}.png` });
  }
});

test("copying a step's values from the previous time-point marks them until edited", async ({ page }) => {
  await page.goto("/assess/context");
  await acknowledgeNotice(page);
  await page.getByLabel("Clinical setting").selectOption("immune-effector-cell-therapy");
  await continueTo(page, "Vital signs and support");
  await page.getByLabel("Highest temperature", { exact: true }).fill("38.6");
  await continueTo(page, "Signs and examination");
  await addTimePoint(page, "1");
  await page.goto("/assess/vitals");
  await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("");
  await page.getByRole("button", { name: "Copy the previous time-point's values (Day 0)" }).click();
  await expect(page.getByText("Values copied from day 0")).toBeVisible();
  await expect(page.getByLabel("Highest temperature", { exact: true })).toHaveValue("38.6");
  await page.getByLabel("Highest temperature", { exact: true }).fill("37.2");
  await expect(page.getByText("Values copied from day 0")).toBeHidden();
});

test("lab trends are tabled and charted for the values entered; HLH-2004 is counted per time-point, and the page says why", async ({ page }) => {
  const ebv = (JSON.parse(readFileSync(join(ROOT, "lib/scenarios/builtin/ebv-secondary-hlh.json"), "utf8")) as { answerKey: { labs: Record<string, unknown> } }).answerKey;
  const day0 = { ...ebv, labs: { ...ebv.labs, ferritinNgPerMl: 2400, crpMgPerL: 30 } };
  await page.addInitScript(
    ([first, second]) => {
      window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
      window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(second));
      window.sessionStorage.setItem("crs-screen.case.v1", JSON.stringify({ current: 1, timepoints: [{ at: { day: 0 }, assessment: first }, { at: { day: 3 }, assessment: second }] }));
    },
    [day0, ebv] as const,
  );
  await page.goto("/assess/result");
  await expect(page.getByText("Laboratory trends")).toBeVisible();
  await openCourseTables(page);
  const labs = page.getByRole("region", { name: "Laboratory values by time-point" });
  await expect(labs.getByRole("row", { name: /^Ferritin/ })).toContainText(/2\s400\s*14\s500/);
  await expect(labs.getByRole("row", { name: /^CRP/ })).toContainText(/30\s*64/);
  await expect(labs.getByRole("row", { name: /^Platelets/ })).toContainText(/42\s*42/);
  const course = page.getByRole("region", { name: "The course at a glance" });
  await expect(course.getByRole("img", { name: /Ferritin/ }).first()).toBeVisible();
  await expect(course.getByText("HLH-2004 is counted at each time-point; whether criteria may be combined across days could not be verified in Henter 2007.")).toBeVisible();
});

// The richest cases over time the app ships: every stage of each unfolding scenario with its full
// answer key, as a trainee who entered everything would have it. Issue 17's budget: print ≤ 2 pages.
const UNFOLDING = ["cart-crs-unfolding-treated", "cart-crs-into-hlh-like", "ebv-hlh-workup-unfolding", "sjia-flare-into-mas"];

/** Opens `path` on a case of every stage of an unfolding scenario, each with its full answer key (`unlabelled`: without the case's label). */
async function openUnfolding(page: Page, name: string, path: string, unlabelled = false): Promise<void> {
  const scenario = JSON.parse(readFileSync(join(ROOT, `lib/scenarios/builtin/${name}.json`), "utf8")) as {
    day?: number;
    answerKey: unknown;
    stages: { day: number; answerKey: unknown }[];
  };
  const withLabel = (answerKey: unknown) => (unlabelled ? { ...(answerKey as Record<string, unknown>), label: undefined } : answerKey);
  const timepoints = [
    { at: { day: scenario.day ?? 0 }, assessment: withLabel(scenario.answerKey) },
    ...scenario.stages.map((s) => ({ at: { day: s.day }, assessment: withLabel(s.answerKey) })),
  ];
  await page.addInitScript(
    ([theCase, current]) => {
      window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
      window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(current));
      window.sessionStorage.setItem("crs-screen.case.v1", JSON.stringify(theCase));
    },
    [{ current: timepoints.length - 1, timepoints }, timepoints.at(-1)!.assessment] as const,
  );
  await page.goto(path);
  await expect(page.getByRole("heading", { name: "The course at a glance" })).toBeVisible({ timeout: 20_000 });
}

for (const name of UNFOLDING) {
  test(`${name}, every stage entered in full: the summary prints on at most 2 pages, A4 and Letter`, async ({ page }) => {
    await openUnfolding(page, name, "/summary");
    await expect(page.getByRole("img", { name: "QR code of the link that reopens this case" })).toBeVisible({ timeout: 20_000 });
    await page.emulateMedia({ media: "print" });
    const tables = await printedTables(page);
    for (const format of ["A4", "Letter"] as const) {
      const pdf = readPdf(await page.pdf({ format }));
      expect(pdf.pages, format).toBeLessThanOrEqual(2);
      const pages = Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1));
      for (const text of pages) expect(text).toContain("Educational tool — not a diagnosis");
      // A table continued in another column or on page 2 is headed there by its instrument's name; no heading is left alone at a page's foot.
      expect(tableHeadsPerColumn(pdf, tables).problems, format).toEqual([]);
      for (const text of pages) expect(SUMMARY_HEADINGS.some((h) => lastContentLine(text).startsWith(h)), `${format}: ${lastContentLine(text)}`).toBe(false);
      const all = pages.join("\n");
      expect(all).toContain("The course at a glance");
      // Closed on the screen, the course's table and lab trends are printed.
      expect(all).toMatch(/Highest\s+First met\s+Last met/);
      expect(all).toContain("Laboratory trends: Ferritin");
      expect(all).toContain("References");
    }
  });
}

test("an unlabelled case over time is printed as “Training case — day N”, its current day, never “untitled”", async ({ page }) => {
  await openUnfolding(page, "cart-crs-into-hlh-like", "/summary", true);
  await expect(page.locator(".meta")).toContainText("Case: Training case — day 8");
  await page.emulateMedia({ media: "print" });
  const pdf = readPdf(await page.pdf({ format: "A4" }));
  expect(pdf.text(1)).toContain("Case: Training case — day 8");
  expect(pdf.text(1).toLowerCase()).not.toContain("untitled");
});

test("the summary of a case over time answers first: its level is in the first screen at 1280 px, above the course", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await openUnfolding(page, "cart-crs-into-hlh-like", "/summary");
  const level = (await page.getByRole("heading", { level: 2, name: /^Level:/ }).boundingBox())!;
  const course = (await page.getByRole("heading", { level: 2, name: "The course at a glance" }).boundingBox())!;
  expect(level.y + level.height).toBeLessThanOrEqual(800);
  expect(level.y).toBeLessThan(course.y);
});

test("at 360 px the course tables do not scroll sideways: each row is a block, every value named by its time-point", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openUnfolding(page, "cart-crs-into-hlh-like", "/assess/result");
  await openCourseTables(page);
  for (const name of ["The course by time-point", "Laboratory values by time-point"]) {
    const region = page.getByRole("region", { name });
    const { scroll, client } = await region.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll, name).toBeLessThanOrEqual(client);
  }
  // The labels are drawn by CSS from each cell's data-label: read what is shown (the row's accessible name), not textContent.
  const crs = page.getByRole("region", { name: "The course by time-point" }).locator('tr[data-instrument="astct-crs"]');
  await expect(crs).toHaveAccessibleName("ASTCT CRS Day 3: 2 Day 6: 0 Day 8: 0 Highest: 2 First met: Day 3 Last met: Day 3");
  const lastMet = crs.locator('[data-cell="last-met"]');
  const box = await lastMet.boundingBox();
  expect(box!.x + box!.width).toBeLessThanOrEqual(360);
});

test("a case over time answers first: at 360 px the level is in the first screen, the course follows it, and its tables wait in closed disclosures", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  await openUnfolding(page, "cart-crs-into-hlh-like", "/assess/result");
  const level = page.locator("#level-heading");
  const course = page.getByRole("heading", { level: 2, name: "The course at a glance" });
  await expect(course).toBeVisible();
  const levelBox = (await level.boundingBox())!;
  expect(levelBox.y + levelBox.height).toBeLessThanOrEqual(800);
  expect(levelBox.y).toBeLessThan((await course.boundingBox())!.y);
  // After the course, the summary table says which time-point it is.
  await expect(page.getByRole("heading", { level: 2, name: "Instruments at a glance — Day 8" })).toBeVisible();
  // Closed, the table and the lab trends are a line each; the charts' captions still name the highest and when met.
  await expect(page.getByRole("region", { name: "The course by time-point" })).toBeHidden();
  await expect(page.getByRole("region", { name: "Laboratory values by time-point" })).toBeHidden();
  await expect(page.getByText(/^ASTCT CRS: highest 2; first met Day 3, last met Day 3\.$/)).toBeVisible();
});
