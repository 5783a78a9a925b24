import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import scenario from "../lib/scenarios/builtin/ebv-secondary-hlh.json" with { type: "json" };
import { decodeQrPath } from "../tests/lib/transfer/decode-qr-path";

/** The fullest built-in case (every instrument settled or nearly), already in this tab's session. */
async function seed(page: Page) {
  await page.addInitScript((draft) => {
    window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
    window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify({ ...draft, label: "EBV teaching case" }));
  }, scenario.answerKey);
}

/** Text of each page of a PDF (poppler's pdftotext), to check what is printed where. */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), "crs-pdf-"));
  const file = join(dir, "summary.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
}

test.describe("printable summary", () => {
  for (const format of ["A4", "Letter"] as const) {
    test(`a full case prints on at most 2 ${format} pages, with the disclaimer on every page and no controls`, async ({ page }) => {
      await seed(page);
      await page.goto("/summary");
      await expect(page.getByRole("heading", { level: 1, name: "Educational screening summary — not a diagnosis" })).toBeVisible();
      await page.emulateMedia({ media: "print" });
      await expect(page.getByRole("button", { name: "Print / save as PDF" })).toBeHidden();
      await expect(page.getByRole("navigation")).toHaveCount(0);
      const screenshot = await page.screenshot({ fullPage: true });
      expect(screenshot.byteLength).toBeGreaterThan(10_000);
      await test.info().attach(`summary-print-${format}.png`, { body: screenshot, contentType: "image/png" });
      const pages = pdfPages(await page.pdf({ format, printBackground: false }));
      expect(pages.length).toBeGreaterThanOrEqual(1);
      expect(pages.length).toBeLessThanOrEqual(2);
      for (const text of pages) expect(text).toContain("Educational tool — not a diagnosis");
      const all = pages.join("\n");
      expect(all).toContain("EBV teaching case");
      expect(all).toMatch(/HScore \(Fardet 2014\): 299/);
      expect(all).toMatch(/HLH-2004 \(Henter 2007\): 7/);
      expect(all).not.toContain("Print / save as PDF");
      expect(all).not.toContain("New assessment");
    });
  }

  test("nothing moves when the QR code arrives: its square is kept while it is drawn (no layout shift)", async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.shifts.push((entry as unknown as { value: number }).value);
      }).observe({ type: "layout-shift", buffered: true });
    });
    await seed(page);
    await page.goto("/summary");
    await expect(page.getByRole("img", { name: "QR code of the link that reopens this case" })).toBeVisible({ timeout: 20_000 });
    const shifts = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts);
    expect(shifts.reduce((sum, value) => sum + value, 0)).toBeLessThan(0.01);
  });

  test("the QR code is drawn in a worker, off the page's main thread, and reads back as a link that reopens this case", { tag: "@smoke" }, async ({ page, browser }) => {
    const workers: string[] = [];
    page.on("worker", (worker) => workers.push(worker.url()));
    await seed(page);
    await page.goto("/summary");
    const code = page.getByRole("img", { name: "QR code of the link that reopens this case" });
    await expect(code).toBeVisible({ timeout: 20_000 });
    expect(workers).toHaveLength(1);
    const side = Number((await code.getAttribute("viewBox"))!.split(" ")[2]);
    const link = decodeQrPath({ side, d: (await code.locator("path").getAttribute("d"))! });
    expect(link).toMatch(/\/summary#case=v1\./);
    expect(new URL(link!).origin).toBe(new URL(page.url()).origin);

    const elsewhere = await browser.newContext();
    const other = await elsewhere.newPage();
    await other.addInitScript(() => window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true"));
    await other.goto(link!);
    await expect(other.getByText("EBV teaching case").first()).toBeVisible({ timeout: 20_000 });
    await expect(other.getByText(/HScore \(Fardet 2014\): 299/).first()).toBeVisible();
    await elsewhere.close();
  });

  test("is reachable from the result page (axe: e2e/accessibility.spec.ts)", async ({ page }) => {
    await seed(page);
    await page.goto("/assess/result");
    await page.getByRole("link", { name: "Printable summary" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Educational screening summary — not a diagnosis" })).toBeVisible();
  });
});
