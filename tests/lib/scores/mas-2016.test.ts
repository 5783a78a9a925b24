/**
 * MAS in sJIA, 2016 classification (Ravelli 2016) against ../shared/clinical/INSTRUMENTS.md:
 * ferritin > 684 ng/mL and any 2 of platelets ≤ 181 ×10⁹/L, AST > 48 U/L, triglycerides > 156 mg/dL,
 * fibrinogen ≤ 360 mg/dL — the last two entered in mg/dL, as published.
 */
import { describe, expect, test } from "vitest";
import { mas2016 } from "@/lib/scores";
import { toCanonical } from "@/lib/units";
import { knownWith } from "../fixtures";
import { criterion, RHEUMATOLOGIC } from "./helpers";

type Overrides = Parameters<typeof knownWith>[0];

/**
 * A child with known sJIA whose four laboratory criteria are all unmet (the baseline's fibrinogen,
 * 3.0 g/L = 300 mg/dL, would meet "≤ 360 mg/dL", so it is raised to 400 mg/dL).
 */
function sjia(overrides: Overrides = {}) {
  return mas2016(
    knownWith({
      ...overrides,
      context: { ...RHEUMATOLOGIC, ageYears: 9, sjia: true, ...overrides.context },
      labs: { fibrinogenGPerL: toCanonical("fibrinogen", "mg/dL", 400), ...overrides.labs },
    }),
  );
}

describe("mas2016", () => {
  test("a known sJIA patient with normal labs meets none of the 4 laboratory criteria", () => {
    const result = sjia();
    expect(result.value).toBe(0);
    expect(result.meetsThreshold).toBe(false);
  });

  test("the normal baseline's fibrinogen 3.0 g/L (300 mg/dL) meets fibrinogen ≤ 360 mg/dL", () => {
    const result = sjia({ labs: { fibrinogenGPerL: 3.0 } });
    expect(criterion(result, "fibrinogen").met).toBe(true);
    expect(result.value).toBe(1);
  });

  describe("ferritin > 684 ng/mL", () => {
    test.each([
      { ferritin: 684, met: false },
      { ferritin: 685, met: true },
    ])("$ferritin ng/mL: met = $met", ({ ferritin, met }) => {
      expect(criterion(sjia({ labs: { ferritinNgPerMl: ferritin } }), "ferritin").met).toBe(met);
    });
  });

  describe("laboratory criteria, each at its boundary", () => {
    test.each([
      { label: "platelets 182 ×10⁹/L", id: "platelets", labs: { plateletsE9PerL: 182 }, met: false },
      { label: "platelets 181 ×10⁹/L", id: "platelets", labs: { plateletsE9PerL: 181 }, met: true },
      { label: "AST 48 U/L", id: "ast", labs: { astUPerL: 48 }, met: false },
      { label: "AST 49 U/L", id: "ast", labs: { astUPerL: 49 }, met: true },
      { label: "triglycerides 156 mg/dL", id: "triglycerides", labs: { triglyceridesMmolPerL: toCanonical("triglycerides", "mg/dL", 156) }, met: false },
      { label: "triglycerides 157 mg/dL", id: "triglycerides", labs: { triglyceridesMmolPerL: toCanonical("triglycerides", "mg/dL", 157) }, met: true },
      { label: "fibrinogen 361 mg/dL", id: "fibrinogen", labs: { fibrinogenGPerL: toCanonical("fibrinogen", "mg/dL", 361) }, met: false },
      { label: "fibrinogen 360 mg/dL", id: "fibrinogen", labs: { fibrinogenGPerL: toCanonical("fibrinogen", "mg/dL", 360) }, met: true },
    ])("$label: met = $met", ({ id, labs, met }) => {
      const result = sjia({ labs });
      expect(criterion(result, id).met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("classification: ferritin > 684 and ≥ 2 of 4", () => {
    test("ferritin 685 with 2 criteria (platelets, AST) is MAS", () => {
      const result = sjia({ labs: { ferritinNgPerMl: 685, plateletsE9PerL: 150, astUPerL: 80 } });
      expect(result.value).toBe(2);
      expect(result.meetsThreshold).toBe(true);
    });

    test("ferritin 685 with 1 criterion is not MAS", () => {
      const result = sjia({ labs: { ferritinNgPerMl: 685, plateletsE9PerL: 150 } });
      expect(result.value).toBe(1);
      expect(result.meetsThreshold).toBe(false);
    });

    test("ferritin 684 with all 4 criteria is not MAS", () => {
      const result = sjia({
        labs: {
          ferritinNgPerMl: 684,
          plateletsE9PerL: 100,
          astUPerL: 200,
          triglyceridesMmolPerL: toCanonical("triglycerides", "mg/dL", 300),
          fibrinogenGPerL: toCanonical("fibrinogen", "mg/dL", 150),
        },
      });
      expect(result.value).toBe(4);
      expect(result.meetsThreshold).toBe(false);
    });
  });

  describe("applicability (known or suspected sJIA)", () => {
    test("applies to a febrile patient with sJIA", () => {
      expect(sjia({ vitals: { temperatureMaxC: 38.6 } }).applicable).toBe(true);
    });

    test("applies with sJIA when fever is not recorded, and says so", () => {
      const result = sjia({ vitals: { temperatureMaxC: null } });
      expect(result.applicable).toBe(true);
      expect(result.applicability).toContain("fever not recorded");
    });

    test("38.0 °C counts as febrile (convention: ≥ 38.0 °C)", () => {
      expect(sjia({ vitals: { temperatureMaxC: 38.0 } }).applicable).toBe(true);
    });

    test("100.4 °F counts as febrile after conversion", () => {
      expect(sjia({ vitals: { temperatureMaxC: toCanonical("temperature", "°F", 100.4) } }).applicable).toBe(true);
    });

    test("an afebrile patient (37.9 °C) is outside the criteria (febrile read as ≥ 38.0 °C), still computed", () => {
      const result = sjia({ vitals: { temperatureMaxC: 37.9 } });
      expect(result.applicable).toBe(false);
      expect(result.applicability).toContain("afebrile");
    });

    test("does not apply without sJIA, but is still computed", () => {
      const result = sjia({ context: { sjia: false }, labs: { astUPerL: 60 } });
      expect(result.applicable).toBe(false);
      expect(result.value).toBe(1);
    });
  });

  describe("unknown inputs", () => {
    test("ferritin unknown with 2 criteria met: value 2, classification open", () => {
      const result = sjia({ labs: { ferritinNgPerMl: null, plateletsE9PerL: 150, astUPerL: 80 } });
      expect(result.value).toBe(2);
      expect(result.meetsThreshold).toBeNull();
      expect(result.missing).toContain("labs.ferritinNgPerMl");
    });

    test("ferritin 684 known: not MAS whatever the unknown criteria", () => {
      const result = sjia({ labs: { ferritinNgPerMl: 684, plateletsE9PerL: null, astUPerL: null } });
      expect(result.min).toBe(0);
      expect(result.max).toBe(2);
      expect(result.value).toBeNull();
      expect(result.meetsThreshold).toBe(false);
    });

    test("ferritin 800 with 1 criterion met and AST unknown: 1–2, classification open", () => {
      const result = sjia({ labs: { ferritinNgPerMl: 800, plateletsE9PerL: 150, astUPerL: null } });
      expect(result.min).toBe(1);
      expect(result.max).toBe(2);
      expect(result.value).toBeNull();
      expect(result.meetsThreshold).toBeNull();
    });
  });
});
