import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import scenario from "../lib/scenarios/builtin/cart-crs-grade-3-nasal-cannula-8l.json" with { type: "json" };
import { recordRequests } from "./helpers";

async function seed(page: Page, draft: unknown = scenario.answerKey) {
  await page.addInitScript((d) => {
    if (window.sessionStorage.getItem("crs-screen.seeded") === "true") return;
    window.sessionStorage.setItem("crs-screen.seeded", "true");
    window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
    window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify(d));
  }, draft);
}

const storedDraft = (page: Page) => page.evaluate(() => window.sessionStorage.getItem("crs-screen.draft.v1"));

test.describe("moving a case — no server", () => {
  test("export → clear → import gives back the identical Assessment and result", async ({ page }) => {
    const requests = recordRequests(page);
    await seed(page);
    await page.goto("/assess/result");
    const grade = await page.getByRole("region", { name: "ASTCT CRS grade (2019 consensus)" }).locator(".figure").textContent();
    const before = await storedDraft(page);
    const downloading = page.waitForEvent("download");
    await page.getByRole("button", { name: "Export case (JSON file)" }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^crs-screen-case.*\.json$/);
    const file = await download.path();
    expect(JSON.parse(readFileSync(file, "utf8"))).toEqual(JSON.parse(before!));

    await page.getByRole("button", { name: "Clear case" }).click();
    await page.getByRole("dialog").getByRole("button", { name: "Clear everything" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Context" })).toBeVisible();
    expect(await storedDraft(page)).toBeNull();

    await page.goto("/import");
    await page.getByLabel("Choose a case file (.json), or drop it here").setInputFiles(file);
    await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    expect(JSON.parse((await storedDraft(page))!)).toEqual(JSON.parse(before!));
    await page.goto("/assess/result");
    await expect(page.getByRole("region", { name: "ASTCT CRS grade (2019 consensus)" }).locator(".figure")).toHaveText(grade!);
    expect(requests.filter((r) => !r.includes("/_next/static/") && r.includes("CAR-T"))).toEqual([]);
  });

  test("a case file dropped on the import area is imported", async ({ page }) => {
    await seed(page, { schemaVersion: 1 });
    await page.goto("/import");
    const text = JSON.stringify(scenario.answerKey);
    const dataTransfer = await page.evaluateHandle((contents) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([contents], "case.json", { type: "application/json" }));
      return transfer;
    }, text);
    await page.locator(".drop-zone").dispatchEvent("drop", { dataTransfer });
    await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    expect(JSON.parse((await storedDraft(page))!)).toEqual(scenario.answerKey);
  });

  for (const [name, contents, message] of [
    ["a damaged file", '{"schemaVersion": 1, "labs": {', "not valid JSON"],
    ["a file of another schema version", JSON.stringify({ schemaVersion: 2, labs: {} }), "schema version 2; this crs-screen reads version 1"],
    ["a file with an impossible value", JSON.stringify({ schemaVersion: 1, labs: { ferritinNgPerMl: -5 } }), "Ferritin (ng/mL) must be between 0 and 500000; got -5"],
    ["a huge file", JSON.stringify({ schemaVersion: 1, label: "x", padding: "y".repeat(1_100_000) }), "a case file is at most 1024 KB"],
  ] as const) {
    test(`${name} is refused with a clear message and nothing changes`, async ({ page }) => {
      await seed(page);
      await page.goto("/import");
      const before = await storedDraft(page);
      await page.getByLabel("Choose a case file (.json), or drop it here").setInputFiles({ name: "case.json", mimeType: "application/json", buffer: Buffer.from(contents) });
      const alert = page.getByRole("alert").filter({ hasText: "The file was not imported" });
      await expect(alert).toContainText(message);
      expect(await storedDraft(page)).toBe(before);
    });
  }

  test("importing a file over a case in progress asks first: keeping changes nothing, replacing replaces", async ({ page }) => {
    await seed(page, { schemaVersion: 1, label: "My case in progress", context: { ageYears: 61 } });
    await page.goto("/import");
    const before = await storedDraft(page);
    const chooser = page.getByLabel("Choose a case file (.json), or drop it here");
    const file = { name: "case.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(scenario.answerKey)) };
    await chooser.setInputFiles(file);
    const dialog = page.getByRole("dialog", { name: "Replace the case in progress?" });
    await dialog.getByRole("button", { name: "Keep my case" }).click();
    await expect(dialog).toBeHidden();
    expect(await storedDraft(page)).toBe(before);

    await chooser.setInputFiles([]);
    await chooser.setInputFiles(file);
    await dialog.getByRole("button", { name: "Replace it with the file" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    expect(JSON.parse((await storedDraft(page))!)).toEqual(scenario.answerKey);
  });

  test("a share link opened where a case is in progress asks first; keeping leaves the case and sets the link aside", async ({ page, browser }) => {
    await seed(page);
    await page.goto("/assess/result");
    await page.getByRole("button", { name: "Create share link" }).click();
    const link = await page.getByLabel(/Share link/).inputValue();

    const other = await browser.newContext();
    const tab = await other.newPage();
    await seed(tab, { schemaVersion: 1, label: "Someone else's case", context: { ageYears: 40 } });
    await tab.goto("/summary");
    // The case read from storage is drawn only after hydration. Pasting the link earlier races the
    // router's own first history write, which replaces the URL with the one it started on (no hash).
    await expect(tab.getByText("Someone else's case")).toBeVisible();
    const before = await storedDraft(tab);
    await tab.goto(link);
    const dialog = tab.getByRole("dialog", { name: "Replace the case in progress?" });
    await dialog.getByRole("button", { name: "Keep my case" }).click();
    await expect(dialog).toBeHidden();
    expect(await storedDraft(tab)).toBe(before);
    expect(new URL(tab.url()).hash).toBe("");

    await tab.goto(link);
    await dialog.getByRole("button", { name: "Open the shared case" }).click();
    await expect(tab.getByRole("heading", { name: /ASTCT CRS \(2019 consensus\): 3/ })).toBeVisible();
    expect(JSON.parse((await storedDraft(tab))!)).toEqual(JSON.parse((await storedDraft(page))!));
    await other.close();
  });

  test("a share link reopens the same summary in a fresh browser; a tampered link says so and changes nothing", { tag: "@smoke" }, async ({ page, browser }) => {
    await seed(page);
    await page.goto("/assess/result");
    await page.getByRole("button", { name: "Create share link" }).click();
    const link = await page.getByLabel(/Share link/).inputValue();
    expect(link).toMatch(/\/summary#case=v1\./);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    const requests = recordRequests(other);
    await other.goto(link);
    await expect(other.getByRole("heading", { level: 1, name: "Educational screening summary — not a diagnosis" })).toBeVisible();
    await expect(other.getByRole("heading", { name: /ASTCT CRS \(2019 consensus\): 3/ })).toBeVisible();
    // the fragment is never sent: no request carries the case
    const fragment = link.split("#")[1]!;
    expect(requests.filter((r) => r.includes(fragment.slice(8, 40)))).toEqual([]);

    // same tab (sessionStorage is per tab): a tampered link must leave the case opened above as it is
    await other.goto("about:blank");
    await other.goto(`${link.slice(0, -12)}AAAA!!AAAA`);
    await expect(other.getByRole("alert").filter({ hasText: "The shared case could not be opened" })).toContainText("damaged");
    // …and says that the summary below is the case already here, not the shared one.
    await expect(other.getByRole("alert").filter({ hasText: "The shared case could not be opened" })).toContainText(
      "What this page shows below is the case that was already in this browser, not the shared one.",
    );
    await expect(other.getByRole("heading", { name: /ASTCT CRS \(2019 consensus\): 3/ })).toBeVisible();
    await fresh.close();

    // In a browser with no case, it says that nothing below comes from the link.
    const empty = await browser.newContext();
    const blank = await empty.newPage();
    await blank.goto(`${link.slice(0, -12)}AAAA!!AAAA`);
    await expect(blank.getByRole("alert").filter({ hasText: "The shared case could not be opened" })).toContainText(
      "No case is open in this browser, so nothing below comes from the link.",
    );
    await empty.close();
  });
});
