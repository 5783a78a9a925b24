/**
 * How the app writes a quantity (lib/units/format.ts): one grouping, one rounding rule per purpose,
 * one way of joining a unit — and a published threshold stated as published.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseTyped } from "@/lib/form/typed-value";
import { editableText, groupDigits, joinUnit, numberText, publishedThreshold, quantityText, readingText, roundedText, thresholdText, withUnit } from "@/lib/units";

describe("numberText: a number as read from typed text", () => {
  test("groups thousands with a narrow no-break space and keeps every decimal", () => {
    expect(numberText(12400)).toBe("12\u202f400");
    expect(numberText(1500)).toBe("1\u202f500");
    expect(numberText(999)).toBe("999");
    expect(numberText(1234567.891)).toBe("1\u202f234\u202f567.891");
    expect(numberText(-20000)).toBe("-20\u202f000");
    expect(numberText(0.95)).toBe("0.95");
  });
});

describe("groupDigits", () => {
  test("groups the whole part of a number's text from four digits, never the decimals", () => {
    expect(groupDigits("8500")).toBe("8\u202f500");
    expect(groupDigits("14500")).toBe("14\u202f500");
    expect(groupDigits("1000000")).toBe("1\u202f000\u202f000");
    expect(groupDigits("999")).toBe("999");
    expect(groupDigits("3.5001")).toBe("3.5001");
    expect(groupDigits("1234.5678")).toBe("1\u202f234.5678");
  });
});

describe("editableText: a stored value in a field being edited", () => {
  test("shows a canonical value in the chosen unit without float noise", () => {
    expect(editableText("vitals.temperatureMaxC", 37, "°F")).toBe("98.6");
    expect(editableText("labs.fibrinogenGPerL", 3.6, "mg/dL")).toBe("360");
    expect(editableText("labs.plateletsE9PerL", 0.11, "/µL")).toBe("110");
  });

  test("triglycerides 265 mg/dL round-trips to 265", () => {
    const stored = parseTyped("labs.triglyceridesMmolPerL", "265", "mg/dL");
    expect(typeof stored).toBe("number");
    expect(stored).not.toBe(265);
    expect(editableText("labs.triglyceridesMmolPerL", stored as number, "mg/dL")).toBe("265");
  });

  test("shows at most four decimals after a conversion", () => {
    expect(editableText("labs.fibrinogenGPerL", 1.23456789, "mg/dL")).toBe("123.4568");
  });

  test("in the stored unit, a value kept from a conversion shows 4 decimals, never a made-up round number: 37.99999 °C never reads as 38 (a threshold)", () => {
    expect(editableText("vitals.temperatureMaxC", 37.99999, "°C")).toBe("37.99999");
    expect(editableText("labs.triglyceridesMmolPerL", 310 / 88.57, "mmol/L")).toBe("3.5001");
    expect(editableText("labs.fibrinogenGPerL", 1.23456789, "g/L")).toBe("1.2346");
    expect(editableText("labs.fibrinogenGPerL", 2.99995, "g/L")).toBe("2.99995");
    expect(editableText("labs.fibrinogenGPerL", 1.5, "g/L")).toBe("1.5");
  });

  test("in the stored unit, what is shown sits on the same side of every threshold of up to 3 decimals as the stored value", () => {
    fc.assert(
      // stored values with up to 9 decimals (a conversion's result, settled of float noise), most
      // within 0.0002 of the threshold, where rounding could cross it
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -200_000, max: 200_000 }), (thousandths, offsetNanos) => {
        const threshold = thousandths / 1000;
        const stored = (thousandths * 1e6 + offsetNanos) / 1e9;
        const shown = Number(editableText("labs.fibrinogenGPerL", stored, "g/L"));
        expect(Math.sign(shown - threshold)).toBe(Math.sign(stored - threshold));
      }),
    );
  });

  test("a field without units shows the number itself", () => {
    expect(editableText("vitals.heartRateBpm", 88, "/min")).toBe("88");
  });
});

describe("readingText", () => {
  test("a value converted on entry is shown to 3 decimals, marked as approximate", () => {
    expect(readingText(3.500056452523428)).toBe("≈ 3.5");
    expect(readingText(37.99999)).toBe("≈ 38");
  });

  test("a value as typed is shown as typed", () => {
    expect(readingText(3.5)).toBe("3.5");
    expect(readingText(14500)).toBe("14\u202f500");
  });
});

describe("quantityText: a stored number as the review, the result and the summary print it", () => {
  test("in the canonical unit, a value kept from a conversion reads rounded and marked, not as 3.500056453", () => {
    // 310 mg/dL typed, kept as 3.500056… mmol/L (lib/form/values.ts never rounds a stored value)
    expect(quantityText("labs.triglyceridesMmolPerL", 310 / 88.57, "mmol/L")).toBe("≈ 3.5 mmol/L");
    expect(quantityText("labs.triglyceridesMmolPerL", 310 / 88.57, "mg/dL")).toBe("310 mg/dL");
  });

  test("thousands are grouped as the form's echo groups them", () => {
    expect(quantityText("labs.ferritinNgPerMl", 14500, "ng/mL")).toBe("14\u202f500 ng/mL");
  });

  test("days and years are counted too: 1 day, 3 days, 1 year", () => {
    expect(quantityText("context.daysSinceInfusion", 1, "days")).toBe("1 day");
    expect(quantityText("context.daysSinceInfusion", 3, "days")).toBe("3 days");
    expect(quantityText("context.ageYears", 1, "years")).toBe("1 year");
    expect(quantityText("context.ageYears", 58, "years")).toBe("58 years");
  });

  test("points are counted: 1 point, 0 points", () => {
    expect(quantityText("neuro.iceScore", 1, "points")).toBe("1 point");
    expect(quantityText("neuro.iceScore", 0, "points")).toBe("0 points");
  });
});

describe("quantityText: the unit agrees with the number as read", () => {
  test("a value shown as ≈ 1 reads in the singular, as 1 does", () => {
    expect(quantityText("context.daysSinceInfusion", 0.99999, "days")).toBe("≈ 1 day");
  });

  test("a value that is not exactly one is plural: 1.5 days", () => {
    expect(quantityText("context.daysSinceInfusion", 1.5, "days")).toBe("1.5 days");
  });
});

describe("joinUnit and withUnit: one way to join a unit", () => {
  test("a counted unit agrees with its count; other units read the same after any number", () => {
    expect(joinUnit("1", 1, "days")).toBe("1 day");
    expect(withUnit(1, "points")).toBe("1 point");
    expect(withUnit(2, "points")).toBe("2 points");
    expect(withUnit(12400, "ng/mL")).toBe("12\u202f400 ng/mL");
  });

  test("a count without a unit stands alone", () => {
    expect(withUnit(3, "")).toBe("3");
  });
});

describe("roundedText: a rounded figure is marked, an exact one is not", () => {
  test("≈ only where rounding changed the value", () => {
    expect(roundedText(3.500056, "3.5")).toBe("≈ 3.5");
    expect(roundedText(14500, "14500")).toBe("14\u202f500");
  });
});

describe("thresholdText: a published threshold converted to the unit's laboratory precision", () => {
  test("HLH-2004's 265 mg/dL triglycerides read 2.99 mmol/L; MAS-2016's 360 mg/dL fibrinogen reads 3.6 g/L", () => {
    expect(thresholdText("labs.triglyceridesMmolPerL", 265 / 88.57, "mmol/L")).toBe("2.99");
    expect(thresholdText("labs.fibrinogenGPerL", 3.6, "mg/dL")).toBe("360");
    expect(thresholdText("labs.fibrinogenGPerL", 3.6, "g/L")).toBe("3.6");
  });

  test("38.0 °C is 100.4 °F (one decimal, as thermometers read)", () => {
    expect(thresholdText("vitals.temperatureMaxC", 38, "°F")).toBe("100.4");
  });

  test("a field with one unit shows the threshold itself", () => {
    expect(thresholdText("vitals.heartRateBpm", 90, "/min")).toBe("90");
  });
});

describe("publishedThreshold: a threshold stated as the paper states it", () => {
  test("MAS-2016's ferritin > 684 ng/mL", () => {
    expect(publishedThreshold({ comparison: ">", value: 684, unit: "ng/mL" })).toBe("> 684 ng/mL");
  });

  test("the paper's decimals are kept when recorded: ≥ 38.0 °C", () => {
    expect(publishedThreshold({ comparison: ">=", value: 38, unit: "°C", decimals: 1 })).toBe("≥ 38.0 °C");
    expect(publishedThreshold({ comparison: ">=", value: 38, unit: "°C" })).toBe("≥ 38 °C");
  });

  test("thousands are grouped as everywhere else: HScore's ferritin < 2 000 ng/mL", () => {
    expect(publishedThreshold({ comparison: "<", value: 2000, unit: "ng/mL" })).toBe("< 2\u202f000 ng/mL");
  });

  test("a per-unit joins the number as printed: qSOFA's ≥ 22/min", () => {
    expect(publishedThreshold({ comparison: ">=", value: 22, unit: "/min" })).toBe("≥ 22/min");
  });

  test("points are counted: ≥ 169 points, ≥ 1 point", () => {
    expect(publishedThreshold({ comparison: ">=", value: 169, unit: "points" })).toBe("≥ 169 points");
    expect(publishedThreshold({ comparison: ">=", value: 1, unit: "points" })).toBe("≥ 1 point");
  });

  test("every comparison has its sign", () => {
    expect(publishedThreshold({ comparison: "<=", value: 1.5, unit: "g/L" })).toBe("≤ 1.5 g/L");
    expect(publishedThreshold({ comparison: "<", value: 90, unit: "%" })).toBe("< 90 %");
  });
});
