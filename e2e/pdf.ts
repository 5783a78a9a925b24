import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Page } from "@playwright/test";

/**
 * What Chromium printed, read back with poppler (pdfinfo, pdftotext): page by page, and for the
 * summary's two columns of instruments, column by column from each word's position.
 */
export interface PrintedPdf {
  readonly pages: number;
  /** The text of page n (1-based), each printed line on one text line (pdftotext -layout -f n -l n). */
  text(n: number): string;
  /**
   * The words of page n in reading order, split at the middle of the page into its left and right
   * column; only those between the line that reads `from` and the line that starts with `to`, when
   * either is on the page (a section printed in two columns between two full-width headings).
   */
  columns(n: number, from: string, to: string): readonly [string, string];
}

export function readPdf(pdf: Buffer): PrintedPdf {
  const dir = mkdtempSync(join(tmpdir(), "crs-pdf-"));
  const file = join(dir, "print.pdf");
  writeFileSync(file, pdf);
  const info = execFileSync("pdfinfo", [file], { encoding: "utf8" });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const onPage = (n: number, ...args: string[]) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), ...args, file, "-"], { encoding: "utf8" });
  return {
    pages,
    text: (n) => onPage(n, "-layout"),
    columns: (n, from, to) => {
      const html = onPage(n, "-bbox");
      const width = Number(/<page width="([\d.]+)"/.exec(html)?.[1]);
      const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="[\d.]+">([^<]*)<\/word>/g)].map((m) => ({
        x: Number(m[1]),
        y: Number(m[2]),
        text: decode(m[3]!),
      }));
      const rows = rowsOf(words).map((row) => ({ y: row.y, text: row.words.toSorted((a, b) => a.x - b.x).map((w) => w.text).join(" ") }));
      const top = rows.find((row) => row.text === from)?.y ?? -Infinity;
      const bottom = rows.find((row) => row.text.startsWith(to))?.y ?? Infinity;
      const column = (left: boolean) => lines(words.filter((w) => w.x < width / 2 === left && w.y > top + 1 && w.y < bottom - 1));
      return [column(true), column(false)];
    },
  };
}

function decode(text: string): string {
  return text.replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&quot;", '"').replaceAll("&#39;", "'").replaceAll("&amp;", "&");
}

type Word = { readonly x: number; readonly y: number; readonly text: string };

/** Words in lines: a word within 2 pt of a line's top belongs to it (superscripts and small print sit a little lower). */
function rowsOf(words: readonly Word[]): { y: number; words: Word[] }[] {
  const rows: { y: number; words: Word[] }[] = [];
  for (const word of words.toSorted((a, b) => a.y - b.y)) {
    const row = rows.at(-1);
    if (row && word.y - row.y < 2) row.words.push(word);
    else rows.push({ y: word.y, words: [word] });
  }
  return rows;
}

function lines(words: readonly Word[]): string {
  return rowsOf(words)
    .map((row) => row.words.toSorted((a, b) => a.x - b.x).map((w) => w.text).join(" "))
    .join("\n");
}

/** The summary's criteria tables as printed: each instrument's printed name ("HScore (Fardet 2014):") and its criteria. */
export async function printedTables(page: Page): Promise<{ name: string; criteria: string[] }[]> {
  return page.locator(".summary-instrument table.criteria:not(.no-print)").evaluateAll((tables) =>
    tables.map((table) => {
      // The paper's head row: the column names ("StatusPoints"), then the name, value and verdict.
      const head = table.querySelector("thead tr.print-head th");
      const title = (head?.textContent ?? "").slice(head?.querySelector(".print-columns")?.textContent?.length ?? 0);
      return {
        name: /^[^:]*:/.exec(title)?.[0] ?? "",
        criteria: [...table.querySelectorAll("tbody tr td:first-child")].map((cell) => cell.textContent?.trim() ?? ""),
      };
    }),
  );
}

const squash = (text: string) => text.replace(/\s+/g, " ");

/**
 * Where a criteria table is printed — in each column of each page, between the headings
 * "Instruments" and "Mechanisms" — whether its name heads it
 * there, before its first criterion in that column; and whether a name stands at a column's foot
 * with none of its criteria after it. Criteria are found by their first three words, and only
 * where those words belong to one table alone. Returns the problems found, and how many table
 * pieces were seen (a table split across a break is counted once per piece).
 */
export function tableHeadsPerColumn(pdf: PrintedPdf, tables: readonly { name: string; criteria: string[] }[]): { problems: string[]; pieces: number } {
  const start = (criterion: string) => squash(criterion).split(" ").slice(0, 3).join(" ");
  const counts = new Map<string, number>();
  for (const t of tables) for (const c of new Set(t.criteria.map(start))) counts.set(c, (counts.get(c) ?? 0) + 1);
  const problems: string[] = [];
  let pieces = 0;
  for (let n = 1; n <= pdf.pages; n++) {
    pdf.columns(n, "Instruments", "Mechanisms (signs").forEach((column, side) => {
      const text = squash(column);
      const where = `page ${n}, ${side === 0 ? "left" : "right"} column`;
      for (const t of tables) {
        const found = t.criteria
          .map(start)
          .filter((c) => counts.get(c) === 1)
          .map((c) => text.indexOf(c))
          .filter((at) => at !== -1);
        const name = text.indexOf(t.name);
        if (found.length > 0) {
          pieces++;
          if (name === -1 || name > Math.min(...found)) problems.push(`${where}: ${t.name} continues without its name at the head`);
        } else if (name !== -1 && !t.criteria.map(start).some((c) => text.indexOf(c, name) !== -1)) {
          problems.push(`${where}: ${t.name} stands alone, without a criterion after it`);
        }
      }
    });
  }
  return { problems, pieces };
}

/** The section headings of the summary, to check that none is the last line above a page's foot. */
export const SUMMARY_HEADINGS = [
  "Entered data",
  "Instruments",
  "Mechanisms (signs consistent with each mediator)",
  "Therapy classes discussed (education, not orders)",
  "References",
  "The course at a glance",
];

/** The last line of a page's content, above its running footer (the disclaimer). */
export function lastContentLine(pageText: string): string {
  const all = pageText.split("\n").map((l) => l.trim()).filter((l) => l !== "");
  const footer = all.findLastIndex((l) => l.startsWith("Educational tool — not a diagnosis"));
  return all[footer - 1] ?? "";
}
