/**
 * cHIS (Webb 2020) against ../shared/clinical/INSTRUMENTS.md: six criteria at their published
 * boundaries (D-dimer in µg/mL FEU, triglycerides in mg/dL, CRP in mg/dL), the neutrophil/
 * lymphocyte ratio edge cases, and the ≥ 3 flag (crs-screen's convention).
 */
import { describe, expect, test } from "vitest";
import { chis } from "@/lib/scores";
import { CHIS } from "@/lib/scores/chis";
import { toCanonical } from "@/lib/units";
import { knownWith } from "../fixtures";
import { COVID_19, criterion, VIRAL_INFECTION } from "./helpers";

type Overrides = Parameters<typeof knownWith>[0];

/** The fully known normal baseline, moved to COVID-19, the setting cHIS was defined for. */
function viral(overrides: Overrides = {}) {
  return chis(knownWith({ ...overrides, context: { ...COVID_19, ...overrides.context } }));
}

describe("chis", () => {
  test("the fully known normal baseline scores 0", () => {
    const result = viral();
    expect(result.value).toBe(0);
    expect(result.meetsThreshold).toBe(false);
  });

  describe("1. fever > 38.0 °C", () => {
    test.each([
      { celsius: 38.0, met: false },
      { celsius: 38.1, met: true },
    ])("$celsius °C: met = $met", ({ celsius, met }) => {
      const result = viral({ vitals: { temperatureMaxC: celsius } });
      expect(criterion(result, "fever").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("2. macrophage activation: ferritin ≥ 700 ng/mL", () => {
    test.each([
      { ferritin: 699, met: false },
      { ferritin: 700, met: true },
    ])("$ferritin ng/mL: met = $met", ({ ferritin, met }) => {
      const result = viral({ labs: { ferritinNgPerMl: ferritin } });
      expect(criterion(result, "macrophage-activation").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("3. haematological dysfunction: NLR ≥ 10, or both Hb ≤ 9.2 g/dL and platelets ≤ 110 ×10⁹/L", () => {
    test.each([
      { label: "NLR exactly 10 (10 / 1)", labs: { neutrophilsE9PerL: 10, lymphocytesE9PerL: 1 }, met: true },
      { label: "NLR exactly 10 (20 / 2)", labs: { neutrophilsE9PerL: 20, lymphocytesE9PerL: 2 }, met: true },
      { label: "NLR 9.9 (9.9 / 1)", labs: { neutrophilsE9PerL: 9.9, lymphocytesE9PerL: 1 }, met: false },
      { label: "no lymphocytes with neutrophils present (infinite ratio)", labs: { neutrophilsE9PerL: 2, lymphocytesE9PerL: 0 }, met: true },
      { label: "no lymphocytes and no neutrophils", labs: { neutrophilsE9PerL: 0, lymphocytesE9PerL: 0 }, met: false },
      { label: "Hb 9.2 and platelets 110", labs: { hemoglobinGPerDl: 9.2, plateletsE9PerL: 110 }, met: true },
      { label: "Hb 9.21 and platelets 110", labs: { hemoglobinGPerDl: 9.21, plateletsE9PerL: 110 }, met: false },
      { label: "Hb 9.2 and platelets 111", labs: { hemoglobinGPerDl: 9.2, plateletsE9PerL: 111 }, met: false },
    ])("$label: met = $met", ({ labs, met }) => {
      const result = viral({ labs });
      expect(criterion(result, "haematological-dysfunction").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("4. coagulopathy: D-dimer ≥ 1.5 µg/mL FEU", () => {
    test.each([
      { label: "1.49 µg/mL FEU", dDimer: toCanonical("dDimer", "µg/mL FEU", 1.49), met: false },
      { label: "1.5 µg/mL FEU", dDimer: toCanonical("dDimer", "µg/mL FEU", 1.5), met: true },
      { label: "1.5 mg/L FEU", dDimer: toCanonical("dDimer", "mg/L FEU", 1.5), met: true },
      { label: "1499 ng/mL FEU", dDimer: 1499, met: false },
      { label: "1500 ng/mL FEU", dDimer: 1500, met: true },
    ])("$label: met = $met", ({ dDimer, met }) => {
      const result = viral({ labs: { dDimerNgPerMlFeu: dDimer } });
      expect(criterion(result, "coagulopathy").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("5. hepatic injury: LDH ≥ 400 U/L or AST ≥ 100 U/L", () => {
    test.each([
      { label: "LDH 399", labs: { ldhUPerL: 399 }, met: false },
      { label: "LDH 400", labs: { ldhUPerL: 400 }, met: true },
      { label: "AST 99", labs: { astUPerL: 99 }, met: false },
      { label: "AST 100", labs: { astUPerL: 100 }, met: true },
      { label: "LDH 399 and AST 99", labs: { ldhUPerL: 399, astUPerL: 99 }, met: false },
    ])("$label U/L: met = $met", ({ labs, met }) => {
      const result = viral({ labs });
      expect(criterion(result, "hepatic-injury").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("6. cytokinaemia: IL-6 ≥ 15 pg/mL, or triglycerides ≥ 150 mg/dL, or CRP ≥ 15 mg/dL", () => {
    test.each([
      { label: "IL-6 14.9 pg/mL", labs: { il6PgPerMl: 14.9 }, met: false },
      { label: "IL-6 15 pg/mL", labs: { il6PgPerMl: 15 }, met: true },
      { label: "triglycerides 149 mg/dL", labs: { triglyceridesMmolPerL: toCanonical("triglycerides", "mg/dL", 149) }, met: false },
      { label: "triglycerides 150 mg/dL", labs: { triglyceridesMmolPerL: toCanonical("triglycerides", "mg/dL", 150) }, met: true },
      { label: "CRP 14.9 mg/dL", labs: { crpMgPerL: toCanonical("crp", "mg/dL", 14.9) }, met: false },
      { label: "CRP 15 mg/dL", labs: { crpMgPerL: toCanonical("crp", "mg/dL", 15) }, met: true },
      { label: "CRP 149 mg/L", labs: { crpMgPerL: 149 }, met: false },
      { label: "CRP 150 mg/L", labs: { crpMgPerL: 150 }, met: true },
    ])("$label: met = $met", ({ labs, met }) => {
      const result = viral({ labs });
      expect(criterion(result, "cytokinaemia").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("flag at ≥ 3 of 6", () => {
    test("2 criteria (fever, ferritin) do not raise the flag", () => {
      const result = viral({ vitals: { temperatureMaxC: 38.5 }, labs: { ferritinNgPerMl: 900 } });
      expect(result.value).toBe(2);
      expect(result.meetsThreshold).toBe(false);
    });

    test("3 criteria (fever, ferritin, D-dimer) raise the flag", () => {
      const result = viral({ vitals: { temperatureMaxC: 38.5 }, labs: { ferritinNgPerMl: 900, dDimerNgPerMlFeu: 2500 } });
      expect(result.value).toBe(3);
      expect(result.meetsThreshold).toBe(true);
    });

    test("all 6 criteria score 6", () => {
      const result = viral({
        vitals: { temperatureMaxC: 39 },
        labs: { ferritinNgPerMl: 2000, neutrophilsE9PerL: 12, lymphocytesE9PerL: 0.5, dDimerNgPerMlFeu: 3000, ldhUPerL: 600, il6PgPerMl: 80 },
      });
      expect(result.value).toBe(6);
    });
  });

  describe("applicability", () => {
    test("applies in COVID-19", () => {
      expect(viral().applicable).toBe(true);
    });

    test("in another viral infection it is computed for teaching, not applicable, and says it applies to COVID-19 only", () => {
      const result = chis(knownWith({ context: VIRAL_INFECTION, vitals: { temperatureMaxC: 39 }, labs: { ferritinNgPerMl: 2000, il6PgPerMl: 80 } }));
      expect(result.applicable).toBe(false);
      expect(result.value).toBe(3);
      expect(result.meetsThreshold).toBe(true);
      expect(result.applicability).toMatch(/applies to COVID-19 only/);
    });

    test("with no setting recorded it does not apply", () => {
      expect(chis(knownWith({ context: { setting: null, daysSinceInfusion: null } })).applicable).toBe(false);
    });

    test("does not apply after immune effector cell therapy, but is still computed", () => {
      const result = chis(knownWith({ labs: { ferritinNgPerMl: 900 } }));
      expect(result.applicable).toBe(false);
      expect(result.value).toBe(1);
    });
  });

  describe("unknown inputs", () => {
    test("lymphocytes unknown with neutrophils present: the ratio criterion is open", () => {
      const result = viral({ labs: { lymphocytesE9PerL: null } });
      expect(criterion(result, "haematological-dysfunction").met).toBeNull();
      expect(result.min).toBe(0);
      expect(result.max).toBe(1);
      expect(result.value).toBeNull();
      expect(result.meetsThreshold).toBe(false);
    });

    test("lymphocytes unknown with no neutrophils: the ratio can never reach 10, so the score is known", () => {
      const result = viral({ labs: { neutrophilsE9PerL: 0, lymphocytesE9PerL: null } });
      expect(criterion(result, "haematological-dysfunction").met).toBe(false);
      expect(result.value).toBe(0);
    });

    test("IL-6 unknown but CRP ≥ 150 mg/L: cytokinaemia is met anyway", () => {
      const result = viral({ labs: { il6PgPerMl: null, crpMgPerL: 200 } });
      expect(criterion(result, "cytokinaemia").met).toBe(true);
      expect(result.value).toBe(1);
    });

    test("2 known criteria and fever unknown: 2–3, flag open", () => {
      const result = viral({ vitals: { temperatureMaxC: null }, labs: { ferritinNgPerMl: 900, dDimerNgPerMlFeu: 2500 } });
      expect(result.min).toBe(2);
      expect(result.max).toBe(3);
      expect(result.meetsThreshold).toBeNull();
      expect(result.missing).toEqual(["vitals.temperatureMaxC"]);
    });
  });
});

/** The words shown are generated from the numbers the rule compares; the paper (INSTRUMENTS.md) pins them. */
describe("CHIS's published words", () => {
  test.each([
    { criterion: "fever", words: "Fever: temperature > 38.0 °C" },
    { criterion: "macrophage-activation", words: "Macrophage activation: ferritin ≥ 700 ng/mL" },
    {
      criterion: "haematological-dysfunction",
      words: "Haematological dysfunction: neutrophil/lymphocyte ratio ≥ 10, or both Hb ≤ 9.2 g/dL and platelets ≤ 110 ×10⁹/L",
    },
    { criterion: "coagulopathy", words: "Coagulopathy: D-dimer ≥ 1.5 µg/mL FEU" },
    { criterion: "hepatic-injury", words: "Hepatic injury: LDH ≥ 400 U/L or AST ≥ 100 U/L" },
    { criterion: "cytokinaemia", words: "Cytokinaemia: IL-6 ≥ 15 pg/mL, or triglycerides ≥ 150 mg/dL, or CRP ≥ 15 mg/dL" },
  ] as const)("$criterion reads “$words”", ({ criterion: id, words }) => {
    expect(CHIS.criteria[id].published).toBe(words);
  });

  test("the flag reads “≥ 3 of 6 criteria (crs-screen's convention)”", () => {
    expect(CHIS.threshold).toBe("≥ 3 of 6 criteria (crs-screen's convention)");
    expect(CHIS.scale).toEqual({ kind: "count", of: 6 });
  });
});
