import { describe, expect, test } from "vitest";
import { readable, readout } from "@/lib/form/readout";

describe("readable", () => {
  test("a value converted on entry is shown to 3 decimals, marked as approximate", () => {
    expect(readable("3.500056452523428")).toBe("≈ 3.5");
    expect(readable("37.99999")).toBe("≈ 38");
  });

  test("a value as typed is shown as typed", () => {
    expect(readable("3.5")).toBe("3.5");
    expect(readable("14500")).toBe("14\u202f500");
  });
});

describe("readout: a stored number as the review, the result and the summary print it", () => {
  test("in the canonical unit, a value kept from a conversion reads rounded and marked, not as 3.500056453", () => {
    // 310 mg/dL typed, kept as 3.500056… mmol/L (lib/form/values.ts never rounds a stored value)
    expect(readout("labs.triglyceridesMmolPerL", 310 / 88.57, "mmol/L")).toBe("≈ 3.5 mmol/L");
    expect(readout("labs.triglyceridesMmolPerL", 310 / 88.57, "mg/dL")).toBe("310 mg/dL");
  });

  test("thousands are grouped as the form's echo groups them", () => {
    expect(readout("labs.ferritinNgPerMl", 14500, "ng/mL")).toBe("14\u202f500 ng/mL");
  });

  test("days and years are counted too: 1 day, 3 days, 1 year", () => {
    expect(readout("context.daysSinceInfusion", 1, "days")).toBe("1 day");
    expect(readout("context.daysSinceInfusion", 3, "days")).toBe("3 days");
    expect(readout("context.ageYears", 1, "years")).toBe("1 year");
    expect(readout("context.ageYears", 58, "years")).toBe("58 years");
  });

  test("points are counted: 1 point, 0 points", () => {
    expect(readout("neuro.iceScore", 1, "points")).toBe("1 point");
    expect(readout("neuro.iceScore", 0, "points")).toBe("0 points");
  });
});

describe("readout: the unit agrees with the number as read", () => {
  test("a value shown as ≈ 1 reads in the singular, as 1 does", () => {
    expect(readout("context.daysSinceInfusion", 0.99999, "days")).toBe("≈ 1 day");
  });

  test("a value that is not exactly one is plural: 1.5 days", () => {
    expect(readout("context.daysSinceInfusion", 1.5, "days")).toBe("1.5 days");
  });
});
