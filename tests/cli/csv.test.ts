/** The CSV cells of `score --format csv` (cli/csv.ts): RFC 4180 quoting, and labels never run as formulas. */
import { describe, expect, test } from "vitest";
import { csvText, verdict } from "@/cli/csv";

describe("csvText (the label)", () => {
  test("plain text as it is", () => {
    expect([csvText("CAR-T day 3"), csvText("")]).toEqual(["CAR-T day 3", ""]);
  });

  test("a comma, a quote or a line break: the field is quoted and quotes are doubled (RFC 4180)", () => {
    expect(csvText("39 °C, hypotensive")).toBe('"39 °C, hypotensive"');
    expect(csvText('the "classic" case')).toBe('"the ""classic"" case"');
    expect(csvText("two\r\nlines")).toBe('"two\r\nlines"');
  });

  test("text a spreadsheet would run as a formula gets a leading apostrophe", () => {
    expect(csvText("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvText("+1")).toBe("'+1");
    expect(csvText("-day 3, ward")).toBe("\"'-day 3, ward\"");
    expect(csvText("@once")).toBe("'@once");
  });
});

describe("verdict", () => {
  test("met, not-met, or unknown while missing data could change it", () => {
    expect([verdict(true), verdict(false), verdict(null)]).toEqual(["met", "not-met", "unknown"]);
  });
});
