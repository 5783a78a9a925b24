/** The CSV cells of `score --format csv` (cli/csv.ts): RFC 4180 quoting, and labels never run as formulas. */
import { describe, expect, test } from "vitest";
import { csvField, verdict } from "@/cli/csv";

describe("csvField", () => {
  test("numbers, booleans and plain text as they are; unknown (null) as an empty cell", () => {
    expect([csvField(3), csvField(0.5), csvField(true), csvField("CAR-T day 3"), csvField(null)]).toEqual(["3", "0.5", "true", "CAR-T day 3", ""]);
  });

  test("a comma, a quote or a line break: the field is quoted and quotes are doubled (RFC 4180)", () => {
    expect(csvField("39 °C, hypotensive")).toBe('"39 °C, hypotensive"');
    expect(csvField('the "classic" case')).toBe('"the ""classic"" case"');
    expect(csvField("two\r\nlines")).toBe('"two\r\nlines"');
  });

  test("text a spreadsheet would run as a formula gets a leading apostrophe", () => {
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("+1")).toBe("'+1");
    expect(csvField("-day 3, ward")).toBe("\"'-day 3, ward\"");
    expect(csvField("@once")).toBe("'@once");
  });
});

describe("verdict", () => {
  test("met, not-met, or unknown while missing data could change it", () => {
    expect([verdict(true), verdict(false), verdict(null)]).toEqual(["met", "not-met", "unknown"]);
  });
});
