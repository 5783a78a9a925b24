/**
 * Reading numbers as people type them (issue 14, item 1): every unambiguous way of writing a
 * number reads back to that number; the one ambiguous shape (`12,400`, `12.400`) is never taken
 * as either reading unless the other is implausible for the field.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { GROUP_SEPARATORS, parseTypedNumber, typedWithDecimals } from "@/lib/form/number-entry";
import { numberText } from "@/lib/units";

const anything = () => true;

describe("parseTypedNumber: what a person types", () => {
  test.each([
    ["12400", 12400],
    ["12 400", 12400],
    ["12\u00a0400", 12400],
    ["12\u2009400", 12400],
    ["12\u202f400", 12400],
    ["1 234 567", 1234567],
    ["38.5", 38.5],
    ["38,5", 38.5],
    ["38,55", 38.55],
    ["0.95", 0.95],
    ["0,400", 0.4],
    [".5", 0.5],
    ["1,234.5", 1234.5],
    ["1.234,5", 1234.5],
    ["1,234,567", 1234567],
    ["1.234.567", 1234567],
    ["12 400,5", 12400.5],
    ["1234,567", 1234.567],
    ["  88 ", 88],
    ["-5", -5],
    ["\u22125", -5],
    ["12.", 12],
  ])("%j reads as %d", (text, value) => {
    expect(parseTypedNumber(text, anything)).toEqual({ kind: "number", value });
  });

  test("nothing typed is empty (unknown), not zero", () => {
    expect(parseTypedNumber("")).toEqual({ kind: "empty" });
    expect(parseTypedNumber("   ")).toEqual({ kind: "empty" });
  });

  test.each(["12,400", "12.400", "1,000", "999.999", "-1,500"])("%j is ambiguous when both readings are plausible", (text) => {
    expect(parseTypedNumber(text, anything).kind).toBe("ambiguous");
    expect(parseTypedNumber(text).kind).toBe("ambiguous");
  });

  test("12,400 offers both readings", () => {
    expect(parseTypedNumber("12,400", anything)).toEqual({ kind: "ambiguous", thousands: 12400, decimal: 12.4 });
  });

  test("when only one reading is plausible it is kept, with the other named", () => {
    const temperatureC = (v: number) => v >= 30 && v <= 45;
    expect(parseTypedNumber("38,500", temperatureC)).toEqual({ kind: "number", value: 38.5, alsoReadAs: 38500 });
    const platelets = (v: number) => v >= 0 && v <= 3000;
    expect(parseTypedNumber("1,500", platelets).kind).toBe("ambiguous");
    expect(parseTypedNumber("5,000", (v) => v >= 100)).toEqual({ kind: "number", value: 5000, alsoReadAs: 5 });
  });

  test("when neither reading is plausible the text is still refused as ambiguous", () => {
    expect(parseTypedNumber("600,000", (v) => v >= 1 && v <= 100).kind).toBe("ambiguous");
  });

  test.each(["abc", "12 bpm", "2e3", "12 40", "1,23,456", "1.234.5", "1,2,3", "--5", "12..5", "1 2", "."])("%j is not a number", (text) => {
    expect(parseTypedNumber(text, anything)).toEqual({ kind: "not-a-number" });
  });
});

/** A non-negative number written as a person would: whole part and up to 4 decimals, as digit strings. */
const written = fc.record({
  whole: fc.bigInt({ min: 0n, max: 10n ** 12n }).map(String),
  fraction: fc.option(fc.stringMatching(/^\d{1,4}$/), { nil: undefined }),
});

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+$)/g, separator);
}

const STYLES = [
  { name: "plain, decimal point", separator: "", mark: "." },
  { name: "plain, decimal comma", separator: "", mark: "," },
  ...GROUP_SEPARATORS.flatMap((separator) => [
    { name: `grouped by ${JSON.stringify(separator)}, decimal point`, separator, mark: "." },
    { name: `grouped by ${JSON.stringify(separator)}, decimal comma`, separator, mark: "," },
  ]),
  { name: "grouped by commas, decimal point", separator: ",", mark: "." },
  { name: "grouped by dots, decimal comma", separator: ".", mark: "," },
] as const;

/** The `1,234` shape: one comma or dot, a short non-zero whole part, exactly three digits after it. */
function ambiguousShape(text: string): boolean {
  return /^[1-9]\d{0,2}[.,]\d{3}$/.test(text);
}

describe("typedWithDecimals: whether a decimal point could have been misplaced", () => {
  test.each(["39.2", "39,2", "-3.5", "1 234.5", "1,234.5", "1.234,5", "12.", ".5"])("%s was typed with a decimal part", (text) => {
    expect(typedWithDecimals(text)).toBe(true);
  });

  test.each(["392", "60 000", "60\u202f000", "1,234,567", "1.234.567", "-5", " 84 "])("%s was typed without one (thousands groups are not decimals)", (text) => {
    expect(typedWithDecimals(text)).toBe(false);
  });
});

describe("parseTypedNumber: properties", () => {
  test("digits written with any valid separators read back to the same number (or, in the 1,234 shape, are refused)", () => {
    fc.assert(
      fc.property(written, fc.constantFrom(...STYLES), ({ whole, fraction }, style) => {
        const text = `${group(whole, style.separator)}${fraction === undefined ? "" : `${style.mark}${fraction}`}`;
        const expected = Number(fraction === undefined ? whole : `${whole}.${fraction}`);
        const reading = parseTypedNumber(text, anything);
        if (ambiguousShape(text)) expect(reading.kind).toBe("ambiguous");
        else expect(reading).toEqual({ kind: "number", value: expected });
      }),
    );
  });

  test("what numberText prints of a number a person could type reads back to the same number", () => {
    const typedNumber = fc.tuple(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 6 })).map(([digits, decimals]) => digits / 10 ** decimals);
    fc.assert(
      fc.property(typedNumber, (value) => {
        const reading = parseTypedNumber(numberText(value), anything);
        if (ambiguousShape(numberText(value).replace(/^-/, ""))) expect(reading.kind).toBe("ambiguous");
        else expect(reading).toEqual({ kind: "number", value: value === 0 ? 0 : value });
      }),
    );
  });

  test("nothing ambiguous is accepted: a 1,234-shaped text is a number only when exactly one reading is plausible", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999 }),
        fc.stringMatching(/^\d{3}$/),
        fc.constantFrom(",", "."),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        fc.double({ min: 0, max: 1e6, noNaN: true }),
        (whole, fraction, mark, a, b) => {
          const [min, max] = a <= b ? [a, b] : [b, a];
          const plausible = (v: number) => v >= min && v <= max;
          const thousands = whole * 1000 + Number(fraction);
          const decimal = Number(`${whole}.${fraction}`);
          const reading = parseTypedNumber(`${whole}${mark}${fraction}`, plausible);
          if (plausible(thousands) === plausible(decimal)) expect(reading).toEqual({ kind: "ambiguous", thousands, decimal });
          else expect(reading).toEqual({ kind: "number", value: plausible(thousands) ? thousands : decimal, alsoReadAs: plausible(thousands) ? decimal : thousands });
        },
      ),
    );
  });

  test("any text: a number read with no other reading named never has the ambiguous shape", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-\d ,.]{0,12}$/), (text) => {
        const reading = parseTypedNumber(text, anything);
        if (reading.kind === "number") expect(ambiguousShape(text.trim().replace(/^-/, ""))).toBe(false);
      }),
    );
  });
});
