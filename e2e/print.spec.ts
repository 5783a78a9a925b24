import { expect, test, type Page } from "@playwright/test";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ebv from "../lib/scenarios/builtin/ebv-secondary-hlh.json" with { type: "json" };
import { SUMMARY_HEADINGS, lastContentLine, printedTables, readPdf, tableHeadsPerColumn } from "./pdf";

/**
 * Print an educator would hand out: the PDF Chromium prints, read back as text (poppler's
 * pdftotext -layout keeps each printed line on one text line).
 */
function pdfPages(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), "crs-print-"));
  const file = join(dir, "print.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" }).split("\f").filter((p) => p.trim() !== "");
}

/** The fullest built-in case, with units chosen as a trainee might (°F, µg/L, mg/dL). */
async function seed(page: Page) {
  await page.addInitScript((draft) => {
    window.sessionStorage.setItem("crs-screen.notice-acknowledged", "true");
    window.sessionStorage.setItem("crs-screen.draft.v1", JSON.stringify({ ...draft, label: "EBV teaching case" }));
    window.sessionStorage.setItem(
      "crs-screen.units.v1",
      JSON.stringify({ "vitals.temperatureMaxC": "°F", "labs.ferritinNgPerMl": "µg/L", "labs.triglyceridesMmolPerL": "mg/dL" }),
    );
  }, ebv.answerKey);
}

/** What each printed criteria table says, row by row, as the page shows it (an instrument that does not apply prints its value alone). */
async function criterionRows(page: Page) {
  return page.locator("table.criteria:not(.no-print) tbody tr").evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll("td")].map((cell) => cell.textContent?.trim() ?? "") as [string, string, string]),
  );
}

// PDFs, pdftotext and a page of criteria: slow on a shared two-core machine.
test.describe.configure({ timeout: 120_000 });

test.describe("printed summary", () => {
  test.beforeEach(async ({ page }) => {
    await seed(page);
    await page.goto("/summary");
    await expect(page.getByRole("heading", { level: 1, name: "Educational screening summary — not a diagnosis" })).toBeVisible();
    await expect(page.getByRole("img", { name: "QR code of the link that reopens this case" })).toBeVisible({ timeout: 20_000 });
    await page.emulateMedia({ media: "print" });
  });

  for (const format of ["A4", "Letter"] as const) {
    test(`on ${format}: each criterion's status and points stand on its line; ≤ 2 pages, the disclaimer on each`, async ({ page }) => {
      const pages = pdfPages(await page.pdf({ format }));
      expect(pages.length).toBeLessThanOrEqual(2);
      for (const text of pages) expect(text).toContain("Educational tool — not a diagnosis");
      const lines = pages.join("\n").split("\n");
      const rows = await criterionRows(page);
      expect(rows.length).toBeGreaterThan(20);
      for (const [criterion, status, points] of rows) {
        // The criterion's first words, then the first status on that line must be its own, with its points.
        const start = criterion.split(" ").slice(0, 2).join(" ");
        const onItsLine = lines.some((line) => {
          const at = line.indexOf(start);
          if (at === -1) return false;
          const next = /\s(Met|Not met|Unknown)\s+(\S+)/.exec(line.slice(at + start.length));
          return next !== null && next[1] === status && next[2] === points;
        });
        expect(onItsLine, `“${criterion}”: ${status} ${points}`).toBe(true);
      }
      const all = pages.join("\n");
      expect(all).toMatch(/HScore \(Fardet 2014\): 299/);
      // The share link is a QR code with a short caption, not 700 characters of URL.
      expect(all).toContain("Scan to reopen this");
      expect(all).not.toContain("#case=");
    });
  }

  for (const format of ["A4", "Letter"] as const) {
    test(`on ${format}: a criteria table continued in another column or on page 2 is headed there by its instrument's name; no heading alone at a foot`, async ({ page }) => {
      const pdf = readPdf(await page.pdf({ format }));
      expect(pdf.pages).toBeLessThanOrEqual(2);
      for (let n = 1; n <= pdf.pages; n++) {
        const text = pdf.text(n);
        expect(text, `page ${n}`).toContain("Educational tool — not a diagnosis");
        expect(text, `page ${n}`).toContain("crs-screen · Educational screening summary — not a diagnosis");
        const last = lastContentLine(text);
        for (const heading of SUMMARY_HEADINGS) expect(last.startsWith(heading), `page ${n} ends with “${last}”`).toBe(false);
      }
      const tables = await printedTables(page);
      expect(tables.map((t) => t.name)).toContain("HScore (Fardet 2014):");
      const { problems, pieces } = tableHeadsPerColumn(pdf, tables);
      expect(problems).toEqual([]);
      // This case's tables do not all fit whole in their columns: at least one runs on, so the
      // repeated name is really checked.
      expect(pieces).toBeGreaterThan(tables.length);
    });
  }

  test("says “Printed” with the date on paper only, not on the screen", async ({ page }) => {
    const meta = page.locator(".meta");
    // innerText: the text as laid out, without what the medium hides.
    expect(await meta.innerText()).toMatch(/Printed \d/);
    await page.emulateMedia({ media: "screen" });
    expect(await meta.innerText()).toContain("Case: EBV teaching case");
    expect(await meta.innerText()).not.toContain("Printed");
  });

  test("prints every value in the unit chosen, and names what was not assessed", async ({ page }) => {
    const entered = page.getByRole("region", { name: "Entered data" });
    await expect(entered).toBeVisible({ timeout: 20_000 });
    await expect(entered).toContainText("Highest temperature: 103.64 °F");
    await expect(entered).toContainText("Ferritin: 14\u202f500 µg/L");
    await expect(entered).toContainText("Triglycerides: 310 mg/dL");
    await expect(entered).toContainText("Fibrinogen: 1.2 g/L");
    await expect(entered).toContainText("Splenomegaly: Yes");
    await expect(entered).toContainText(/Not assessed .*IL-6; Creatinine/);
  });

  test("no text a reader must read is smaller than 9 pt on paper", async ({ page }) => {
    const small = await page.locator(".print-frame").evaluate((frame) =>
      [...frame.querySelectorAll<HTMLElement>("*")]
        .filter((el) => el.offsetParent !== null && !el.closest(".visually-hidden") && [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent!.trim() !== ""))
        // 9 pt = 12 CSS px
        .filter((el) => parseFloat(getComputedStyle(el).fontSize) < 12)
        .map((el) => `${el.tagName} ${getComputedStyle(el).fontSize} “${el.textContent!.trim().slice(0, 40)}”`),
    );
    expect(small).toEqual([]);
  });
});

test.describe("scenario sheets on paper", () => {
  test("the trainee's sheet carries the vignette and a blank answer area, never the checklist", async ({ page }) => {
    await page.goto(`/scenarios/${ebv.id}/instructor`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    // What "Print the scenario sheet" prints: the answer sheet hidden.
    await page.locator('[data-sheet="answer"]').evaluate((el) => el.setAttribute("data-in-print", "false"));
    await page.emulateMedia({ media: "print" });
    const pages = pdfPages(await page.pdf({ format: "A4" }));
    const all = pages.join("\n").replace(/\s+/g, " ");
    expect(all).toContain("Scenario sheet (for trainees)");
    expect(all).toContain(ebv.vignette[0]!.slice(0, 60));
    expect(all).toContain("Your answers");
    for (const item of ebv.checklist) {
      expect(all).not.toContain(item.label.slice(0, 40));
      expect(all).not.toContain(item.teachingPoint.slice(0, 40));
    }
    expect(all).not.toContain("Calculated an HScore");
  });

  test("each sheet carries the disclaimer on every page it runs to (the answer sheet of a full case is longer than a page)", async ({ page }) => {
    await page.goto(`/scenarios/${ebv.id}/instructor`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    for (const [sheet, other] of [["answer", "scenario"], ["scenario", "answer"]] as const) {
      await page.locator(`[data-sheet="${other}"]`).evaluate((el) => el.setAttribute("data-in-print", "false"));
      await page.locator(`[data-sheet="${sheet}"]`).evaluate((el) => el.setAttribute("data-in-print", "true"));
      const pages = pdfPages(await page.pdf({ format: "A4" }));
      if (sheet === "answer") expect(pages.length).toBeGreaterThan(1);
      for (const text of pages) expect(text.replace(/\s+/g, " ")).toContain("Educational tool — not a diagnosis. Training only; no treatment advice or doses");
    }
  });

  test("the training notice box lies inside the page margins", async ({ page }) => {
    await page.goto(`/scenarios/${ebv.id}/instructor`);
    await page.emulateMedia({ media: "print" });
    // A4 at 96 dpi: 794 px wide; the printable width is what the body is laid out in.
    await page.setViewportSize({ width: 718, height: 1000 });
    const boxes = await page.locator(".notice-inline").evaluateAll((els) =>
      els.map((el) => {
        const box = el.getBoundingClientRect();
        return { left: box.left, right: box.right, width: document.documentElement.clientWidth };
      }),
    );
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(box.width);
    }
  });
});
