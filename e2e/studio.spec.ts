import { expect, test, type Browser, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import ebv from "../lib/scenarios/builtin/ebv-secondary-hlh.json" with { type: "json" };
import { ScenarioSchema, type Scenario } from "../lib/scenarios/schema";
import { readPdf } from "./pdf";
import { continueTo } from "./helpers";

// Issue 30: an instructor writes a scenario of their own in the studio — the case with the
// trainees' form, a checked vignette, expected results confirmed against the paper, a checklist,
// the cover — downloads it, and it plays, prints and travels by link like a built-in.

test.describe.configure({ timeout: 240_000 });

const NOTICE = () => window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");

test.beforeEach(async ({ page }) => {
  await page.addInitScript(NOTICE);
});

/** A browser of its own (nothing of the instructor's tab), at the same width. */
async function freshPage(browser: Browser, width: number): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(NOTICE);
  return page;
}

/** Day 0 of a viral infection with fever and a raised ferritin; day 3 worse: the two stages' answer keys, entered with the form. */
async function enterTheCase(page: Page) {
  await page.goto("/assess/context");
  await page.getByLabel("Clinical setting").selectOption("viral-infection");
  await page.getByLabel("Age").fill("34");
  await continueTo(page, "Vital signs and support");
  await page.getByLabel("Highest temperature", { exact: true }).fill("39.2");
  await continueTo(page, "Signs and examination");
  await page.goto("/assess/laboratory");
  await page.getByLabel("Ferritin", { exact: true }).fill("8500");
  await continueTo(page, "Pathology");

  await page.locator("summary", { hasText: /add a time-point/i }).click();
  await page.getByLabel("Day of the new time-point").fill("3");
  await page.getByRole("button", { name: "Add a time-point" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Context — Day 3" })).toBeVisible();
  await continueTo(page, "Vital signs and support — Day 3");
  await page.getByLabel("Highest temperature", { exact: true }).fill("39.6");
  await continueTo(page, "Signs and examination — Day 3");
  await page.goto("/assess/laboratory?day=3");
  await page.getByLabel("Ferritin", { exact: true }).fill("15000");
  await page.getByLabel("Platelets", { exact: true }).fill("60");
  await continueTo(page, "Pathology — Day 3");
}

/** Every "Confirmed against the paper" box on the page, ticked one by one, as an instructor would after reading each criterion. */
async function confirmEach(page: Page) {
  const boxes = page.getByRole("checkbox", { name: /Confirmed against the paper/ });
  await expect(boxes.first()).toBeVisible();
  for (const box of await boxes.all()) await box.check();
  await expect(page.getByText("Computed — check against the paper")).toHaveCount(0);
}

async function addChecklistItem(page: Page, stage: string, teachingPoint: string) {
  const section = page.getByRole("region", { name: stage, exact: true });
  const adding = section.getByRole("form", { name: "Add an item" });
  await adding.getByLabel("Checklist item").selectOption({ index: 1 });
  await adding.getByLabel("Teaching point").fill(teachingPoint);
  await adding.getByRole("button", { name: /Add to the checklist/ }).click();
  await expect(section.getByText(teachingPoint)).toHaveCount(1);
}

/** The trainee's predictions: the first answer offered to each question (right or wrong, the checklist marks it). */
async function predictAnything(page: Page) {
  const dialog = page.getByRole("dialog", { name: /Before the result: your predictions for/ });
  await expect(dialog.getByRole("combobox").first()).toBeVisible();
  for (const select of await dialog.getByRole("combobox").all()) await select.selectOption({ index: 1 });
  await dialog.getByRole("button", { name: "Commit my predictions and show the result" }).click();
  await expect(dialog).toBeHidden();
}

/** The stage's data as the trainee's saved case, then its result (the form itself is tested elsewhere). */
async function enterStage(page: Page, answerKey: unknown) {
  await page.evaluate((draft) => window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(draft)), answerKey);
  await page.goto("/assess/result");
}

/** What each printable sheet prints, on A4, alone (as its own print button leaves it). */
async function printedPages(page: Page, sheet: "scenario" | "answer"): Promise<{ pages: number; text: string }> {
  const other = sheet === "scenario" ? "answer" : "scenario";
  await page.locator(`[data-sheet="${other}"]`).evaluate((el) => el.setAttribute("data-in-print", "false"));
  await page.locator(`[data-sheet="${sheet}"]`).evaluate((el) => el.setAttribute("data-in-print", "true"));
  await page.emulateMedia({ media: "print" });
  const pdf = readPdf(await page.pdf({ format: "A4" }));
  await page.emulateMedia({ media: "screen" });
  return { pages: pdf.pages, text: Array.from({ length: pdf.pages }, (_, i) => pdf.text(i + 1)).join("\n").replace(/\s+/g, " ") };
}

for (const width of [360, 1280]) {
  test(`at ${width} px: a two-stage scenario built from nothing is flagged, confirmed, downloaded, run by the CLI, played, printed and shared`, async ({ page, browser }) => {
    await page.setViewportSize({ width, height: 800 });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));

    await page.goto("/scenarios/new");
    await page.getByRole("button", { name: "Start a new empty scenario" }).click();
    await expect(page.getByText("The studio now holds a new empty scenario.")).toBeVisible();

    // 1. The case, with the trainees' own form: two time-points, days 0 and 3.
    await enterTheCase(page);
    await page.goto("/scenarios/new/case");
    await page.getByRole("button", { name: "Take the case now in the form as the answer key" }).click();
    await expect(page.getByText("The answer key is now the form's case: 2 stages.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Stage 2: day 3" })).toBeVisible();

    // 2. The vignette: stage 1 drafted from its values; stage 2 written by hand, leaving out the
    //    ferritin and giving another temperature — both flagged — then corrected.
    await page.goto("/scenarios/new/vignette");
    await page.getByRole("button", { name: "Draft a sentence from the values of stage 1 (day 0)" }).click();
    const stage1 = page.getByRole("region", { name: "Stage 1 (day 0)", exact: true });
    await expect(stage1.getByText("The vignette states every value of the answer key, and no number disagrees with it.")).toBeVisible();
    const stage2 = page.getByRole("region", { name: "Stage 2 (day 3)", exact: true });
    await page.getByRole("button", { name: "Add a paragraph to stage 2 (day 3)" }).click();
    const paragraph = stage2.getByLabel("Paragraph 1 of stage 2 (day 3)");
    await paragraph.fill("On day 3 the fever is worse, temperature 38.1 °C. Platelets 60 ×10⁹/L.");
    await expect(stage2.getByRole("listitem").filter({ hasText: "Disagrees:" })).toContainText("38.1");
    await expect(stage2.getByRole("listitem").filter({ hasText: "Not stated:" }).filter({ hasText: "Ferritin 15 000" })).toBeVisible();
    if (width === 360) await page.screenshot({ path: `test-results/studio-vignette-flags-${width}.png`, fullPage: true });
    await paragraph.fill("On day 3 the fever is worse, temperature 39.6 °C. Platelets 60 ×10⁹/L, ferritin 15 000 ng/mL.");
    await expect(stage2.getByText("The vignette states every value of the answer key, and no number disagrees with it.")).toBeVisible();

    // 3. The expected results, proposed from the screening, each confirmed; three checklist items.
    await page.goto("/scenarios/new/expected");
    await expect(page.getByText("Computed — check against the paper").first()).toBeVisible();
    await expect(page.getByText(/Published threshold:/).first()).toBeVisible();
    await confirmEach(page);
    await addChecklistItem(page, "Stage 1 (day 0)", "Fever and ferritin alone do not make HLH: count the criteria.");
    await addChecklistItem(page, "Stage 1 (day 0)", "Enter the ferritin in the unit the laboratory reports.");
    await addChecklistItem(page, "Stage 2 (day 3)", "Falling platelets on day 3 add a criterion: rescore.");

    // 4. The cover; a name after "Mr" is warned about before saving, then taken out.
    await page.goto("/scenarios/new/cover");
    await page.getByLabel("Title for the instructor").fill("Viral fever that becomes HLH by day 3");
    await page.getByRole("radio", { name: "Intermediate" }).check();
    await page.getByLabel("What it teaches").fill("Mr Smith's case: rescoring HLH as the platelets fall.");
    const warning = page.getByRole("region", { name: "Check before saving: text that looks like a patient identifier" });
    await expect(warning).toContainText("What it teaches: “Mr Smith's”");
    await page.getByLabel("What it teaches").fill("Rescoring HLH as the platelets fall.");
    await expect(warning).toHaveCount(0);
    await expect(page.getByText("The title trainees see")).toBeVisible();

    // Download: the file the import and the CLI read.
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Download scenario" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe("viral-fever-that-becomes-hlh-by-day-3.json");
    const file = (await download.path())!;
    const scenario = ScenarioSchema.parse(JSON.parse(readFileSync(file, "utf8"))) as Scenario;
    expect(scenario.stages).toHaveLength(1);
    expect([...scenario.checklist, ...scenario.stages![0]!.checklist]).toHaveLength(3);
    // `crs-screen scenarios FILE` runs it: the answer key reaches every expected result (exit 0).
    const cli = execFileSync("node", ["bin/crs-screen.mjs", "scenarios", file], { encoding: "utf8" });
    expect(cli).toMatch(/pass/i);

    // Share: the link carries the scenario in its fragment, with a QR code of it.
    await page.getByRole("button", { name: "Create share link and QR code" }).click();
    const link = await page.getByLabel(/Share link/).inputValue();
    expect(link).toMatch(/\/scenarios\/shared#scenario=v1\./);
    await expect(page.getByRole("img", { name: "QR code of the link that opens this scenario" })).toBeVisible();
    if (width === 360) await page.screenshot({ path: `test-results/studio-cover-${width}.png`, fullPage: true });
    // Nothing was sent anywhere: every request stayed on this app's own origin, and none carried the scenario.
    const origin = new URL(page.url()).origin;
    expect(requests.filter((url) => !url.startsWith(origin) || url.includes("scenario="))).toEqual([]);

    // The share link in a fresh browser: opened, and listed in the gallery as the instructor's own.
    const shared = await freshPage(browser, width);
    await shared.goto(link);
    await expect(shared.getByRole("link", { name: "Start it as a trainee" })).toBeVisible();
    await shared.goto("/scenarios");
    await expect(shared.getByRole("list", { name: "Your scenarios in this session" }).getByText("Your own scenario (this session)")).toBeVisible();
    await shared.context().close();

    // The file imported in a fresh browser plays end to end: both stages, predictions, reveal, checklist.
    const trainee = await freshPage(browser, width);
    await trainee.goto("/scenarios");
    await trainee.getByLabel(/Import a scenario file/).setInputFiles(file);
    await expect(trainee.getByText(/Imported “Viral fever that becomes HLH by day 3” for this session/)).toBeVisible();
    const own = trainee.getByRole("list", { name: "Your scenarios in this session" });
    await expect(own.getByText("Your own scenario (this session)")).toBeVisible();
    await own.getByRole("link").first().click();
    await expect(trainee.getByText(scenario.vignette[0]!, { exact: true })).toBeVisible();
    await expect(trainee.getByText(scenario.title)).toHaveCount(0);
    await trainee.getByRole("button", { name: "Start this scenario" }).click();
    await expect(trainee.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
    await enterStage(trainee, scenario.answerKey);
    await predictAnything(trainee);
    const checklist = trainee.getByRole("region", { name: /Scenario checklist/ });
    await expect(checklist.getByRole("heading", { level: 2 })).toContainText("stage 1 of 2");
    await expect(checklist.getByText(/Predictions \d+ of \d+/)).toBeVisible();
    await checklist.getByRole("button", { name: "Go on to day 3" }).click();
    await expect(trainee.getByText(/Scenario vignette: .* — Day 3/)).toBeVisible();
    await enterStage(trainee, scenario.stages![0]!.answerKey);
    await predictAnything(trainee);
    await expect(checklist.getByRole("heading", { level: 2 })).toContainText("stage 2 of 2");
    await expect(checklist.getByText("Falling platelets on day 3 add a criterion: rescore.")).toHaveCount(0); // a teaching point shows for a miss only
    await expect(checklist.getByRole("row").filter({ hasText: /Overall level/ })).toBeVisible();

    // Both sheets print, each on at most two A4 pages.
    await trainee.goto(`/scenarios/imported/instructor#id=${scenario.id}`);
    await expect(trainee.getByRole("region", { name: "Answer sheet (for instructors)" })).toBeVisible();
    const sheet = await printedPages(trainee, "scenario");
    expect(sheet.pages).toBeLessThanOrEqual(2);
    expect(sheet.text).toContain("Scenario sheet (for trainees)");
    expect(sheet.text).not.toContain("Fever and ferritin alone");
    const answers = await printedPages(trainee, "answer");
    expect(answers.pages).toBeLessThanOrEqual(2);
    expect(answers.text).toContain("Fever and ferritin alone do not make HLH");
    await trainee.context().close();
  });
}

test("a built-in duplicated into the studio, retitled and downloaded keeps every other field; the file reopens in the studio", async ({ page }) => {
  await page.goto("/scenarios/new");
  await page.getByLabel("Built-in scenario").selectOption(ebv.id);
  await page.getByRole("button", { name: "Duplicate into the studio" }).click();
  await expect(page.getByText(`The studio now holds a copy of “${ebv.title}”.`)).toBeVisible();
  await page.goto("/scenarios/new/cover");
  await expect(page.getByLabel("Title for the instructor")).toHaveValue(`Copy of ${ebv.title}`);
  await page.getByLabel("Title for the instructor").fill("EBV-HLH, our ward's version");
  await page.getByLabel("Scenario id (optional)").fill("ebv-hlh-our-ward");
  const downloading = page.waitForEvent("download");
  await page.getByRole("button", { name: "Download scenario" }).click();
  const file = (await (await downloading).path())!;
  const saved = JSON.parse(readFileSync(file, "utf8")) as Scenario;
  expect(saved).toEqual({ ...ScenarioSchema.parse(ebv), id: "ebv-hlh-our-ward", title: "EBV-HLH, our ward's version" });

  // The file reopened in the studio edits it: after asking, since a draft is in progress.
  await page.goto("/scenarios/new");
  await page.getByRole("button", { name: "Start a new empty scenario" }).click();
  await page.getByRole("dialog", { name: "Replace the scenario in the studio?" }).getByRole("button", { name: "Replace it" }).click();
  await page.getByLabel("Scenario file (.json)").setInputFiles(file);
  await expect(page.getByText("The studio now holds “EBV-HLH, our ward's version” from the file.")).toBeVisible();
  await page.goto("/scenarios/new/cover");
  await expect(page.getByLabel("Scenario id (optional)")).toHaveValue("ebv-hlh-our-ward");
});

test("reopening a draft with a scenario file asks before replacing what is written, and a refused file changes nothing", async ({ page }) => {
  await page.goto("/scenarios/new");
  await page.getByRole("button", { name: "Duplicate into the studio" }).click();
  await expect(page.getByText(/The studio now holds a copy of/)).toBeVisible();
  await page.getByLabel("Scenario file (.json)").setInputFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
  await expect(page.getByRole("alert").filter({ hasText: "The file was not opened; the studio is unchanged" })).toContainText("not valid JSON");
  await page.getByRole("button", { name: "Start a new empty scenario" }).click();
  const dialog = page.getByRole("dialog", { name: "Replace the scenario in the studio?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Keep my draft" }).click();
  await page.reload();
  await expect(page.getByText("Copy of", { exact: false }).first()).toBeVisible();
});
