/**
 * HLH-2004 (Henter 2007) against ../shared/clinical/INSTRUMENTS.md: the 8 criteria at their
 * published boundaries (Hb in g/L, triglycerides in mmol/L and mg/dL), the count, ≥ 5 or a
 * molecular diagnosis, and the infant (< 28 days) haemoglobin rule.
 */
import { describe, expect, test } from "vitest";
import { hlh2004 } from "@/lib/scores";
import { HLH_2004 } from "@/lib/scores/hlh-2004";
import type { PublishedThreshold } from "@/lib/scores/instrument";
import { toCanonical } from "@/lib/units";
import { knownWith } from "../fixtures";
import { criterion, days } from "./helpers";

describe("hlh2004", () => {
  test("the fully known normal baseline meets no criterion", () => {
    const result = hlh2004(knownWith({}));
    expect(result.value).toBe(0);
    expect(result.meetsThreshold).toBe(false);
  });

  describe("fever ≥ 38.5 °C (convention)", () => {
    test.each([
      { celsius: 38.4, met: false },
      { celsius: 38.5, met: true },
    ])("$celsius °C: met = $met", ({ celsius, met }) => {
      const result = hlh2004(knownWith({ vitals: { temperatureMaxC: celsius } }));
      expect(criterion(result, "fever").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("splenomegaly", () => {
    test("splenomegaly meets it", () => {
      expect(criterion(hlh2004(knownWith({ findings: { splenomegaly: true } })), "splenomegaly").met).toBe(true);
    });

    test("hepatomegaly alone does not", () => {
      const result = hlh2004(knownWith({ findings: { hepatomegaly: true, splenomegaly: false } }));
      expect(criterion(result, "splenomegaly").met).toBe(false);
      expect(result.value).toBe(0);
    });
  });

  describe("cytopenias in ≥ 2 of 3 lineages (Hb < 90 g/L, platelets < 100 ×10⁹/L, neutrophils < 1.0 ×10⁹/L)", () => {
    test.each([
      { label: "platelets 50 alone (1 lineage)", labs: { plateletsE9PerL: 50 }, met: false },
      { label: "Hb 90 g/L with platelets 50", labs: { hemoglobinGPerDl: toCanonical("hemoglobin", "g/L", 90), plateletsE9PerL: 50 }, met: false },
      { label: "Hb 89 g/L with platelets 50", labs: { hemoglobinGPerDl: toCanonical("hemoglobin", "g/L", 89), plateletsE9PerL: 50 }, met: true },
      { label: "platelets 100 with neutrophils 0.5", labs: { plateletsE9PerL: 100, neutrophilsE9PerL: 0.5 }, met: false },
      { label: "platelets 99 with neutrophils 0.5", labs: { plateletsE9PerL: 99, neutrophilsE9PerL: 0.5 }, met: true },
      { label: "neutrophils 1.0 with platelets 50", labs: { neutrophilsE9PerL: 1.0, plateletsE9PerL: 50 }, met: false },
      { label: "neutrophils 0.99 with platelets 50", labs: { neutrophilsE9PerL: 0.99, plateletsE9PerL: 50 }, met: true },
      { label: "Hb 85 g/L with neutrophils 0.5", labs: { hemoglobinGPerDl: toCanonical("hemoglobin", "g/L", 85), neutrophilsE9PerL: 0.5 }, met: true },
      {
        label: "all three lineages",
        labs: { hemoglobinGPerDl: toCanonical("hemoglobin", "g/L", 70), plateletsE9PerL: 20, neutrophilsE9PerL: 0.2 },
        met: true,
      },
    ])("$label: met = $met", ({ labs, met }) => {
      const result = hlh2004(knownWith({ labs }));
      expect(criterion(result, "cytopenias").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });

    test.each([
      { label: "20 days old, Hb 95 g/L", age: days(20), hbGPerL: 95, met: true },
      { label: "20 days old, Hb 99 g/L", age: days(20), hbGPerL: 99, met: true },
      { label: "20 days old, Hb 100 g/L", age: days(20), hbGPerL: 100, met: false },
      { label: "27 days old, Hb 95 g/L", age: days(27), hbGPerL: 95, met: true },
      { label: "28 days old (no longer an infant < 4 weeks), Hb 95 g/L", age: days(28), hbGPerL: 95, met: false },
      { label: "1 year old, Hb 95 g/L", age: 1, hbGPerL: 95, met: false },
    ])("infant rule (< 100 g/L under 4 weeks) with platelets 50 — $label: met = $met", ({ age, hbGPerL, met }) => {
      const result = hlh2004(knownWith({ context: { ageYears: age }, labs: { hemoglobinGPerDl: toCanonical("hemoglobin", "g/L", hbGPerL), plateletsE9PerL: 50 } }));
      expect(criterion(result, "cytopenias").met).toBe(met);
    });
  });

  describe("triglycerides ≥ 3.0 mmol/L (≥ 265 mg/dL) and/or fibrinogen ≤ 1.5 g/L", () => {
    test.each([
      { label: "TG 2.99 mmol/L", labs: { triglyceridesMmolPerL: 2.99 }, met: false },
      { label: "TG 3.0 mmol/L", labs: { triglyceridesMmolPerL: 3.0 }, met: true },
      { label: "TG 264 mg/dL", labs: { triglyceridesMmolPerL: toCanonical("triglycerides", "mg/dL", 264) }, met: false },
      { label: "TG 265 mg/dL (= 2.992 mmol/L)", labs: { triglyceridesMmolPerL: toCanonical("triglycerides", "mg/dL", 265) }, met: true },
      { label: "fibrinogen 1.51 g/L", labs: { fibrinogenGPerL: 1.51 }, met: false },
      { label: "fibrinogen 1.5 g/L", labs: { fibrinogenGPerL: 1.5 }, met: true },
      { label: "both", labs: { triglyceridesMmolPerL: 4, fibrinogenGPerL: 1 }, met: true },
    ])("$label: met = $met", ({ labs, met }) => {
      const result = hlh2004(knownWith({ labs }));
      expect(criterion(result, "triglycerides-or-fibrinogen").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("haemophagocytosis in bone marrow, spleen or lymph nodes", () => {
    test.each([
      { label: "in bone marrow", pathology: { hemophagocytosisBoneMarrow: true }, met: true },
      { label: "in spleen or lymph node", pathology: { hemophagocytosisSpleenOrLymphNode: true }, met: true },
      { label: "in neither", pathology: {}, met: false },
    ])("$label: met = $met", ({ pathology, met }) => {
      expect(criterion(hlh2004(knownWith({ pathology })), "hemophagocytosis").met).toBe(met);
    });
  });

  test("low or absent NK-cell activity meets its criterion", () => {
    const result = hlh2004(knownWith({ pathology: { nkActivityLowOrAbsent: true } }));
    expect(criterion(result, "nk-activity").met).toBe(true);
    expect(result.value).toBe(1);
  });

  describe("ferritin ≥ 500 ng/mL", () => {
    test.each([
      { ferritin: 499, met: false },
      { ferritin: 500, met: true },
    ])("$ferritin ng/mL: met = $met", ({ ferritin, met }) => {
      expect(criterion(hlh2004(knownWith({ labs: { ferritinNgPerMl: ferritin } })), "ferritin").met).toBe(met);
    });
  });

  describe("soluble CD25 ≥ 2400 U/mL", () => {
    test.each([
      { scd25: 2399, met: false },
      { scd25: 2400, met: true },
    ])("$scd25 U/mL: met = $met", ({ scd25, met }) => {
      expect(criterion(hlh2004(knownWith({ labs: { solubleCd25UPerMl: scd25 } })), "soluble-cd25").met).toBe(met);
    });
  });

  describe("diagnosis: ≥ 5 of 8, or a molecular diagnosis", () => {
    const FOUR = {
      vitals: { temperatureMaxC: 39 },
      findings: { splenomegaly: true },
      labs: { ferritinNgPerMl: 600, solubleCd25UPerMl: 3000 },
    } as const;

    test("4 criteria met is not enough", () => {
      const result = hlh2004(knownWith(FOUR));
      expect(result.value).toBe(4);
      expect(result.meetsThreshold).toBe(false);
    });

    test("5 criteria met is a diagnosis", () => {
      const result = hlh2004(knownWith({ ...FOUR, pathology: { nkActivityLowOrAbsent: true } }));
      expect(result.value).toBe(5);
      expect(result.meetsThreshold).toBe(true);
    });

    test("all 8 criteria met counts 8", () => {
      const result = hlh2004(
        knownWith({
          vitals: { temperatureMaxC: 39 },
          findings: { splenomegaly: true },
          labs: { plateletsE9PerL: 40, neutrophilsE9PerL: 0.3, fibrinogenGPerL: 1.0, ferritinNgPerMl: 10000, solubleCd25UPerMl: 5000 },
          pathology: { hemophagocytosisBoneMarrow: true, nkActivityLowOrAbsent: true },
        }),
      );
      expect(result.value).toBe(8);
      expect(result.meetsThreshold).toBe(true);
    });

    test("a molecular diagnosis with no criterion met is a diagnosis", () => {
      const result = hlh2004(knownWith({ context: { hlhMolecularDiagnosis: true } }));
      expect(result.value).toBe(0);
      expect(result.meetsThreshold).toBe(true);
    });

    test("4 criteria met with the molecular diagnosis unknown: the threshold is open", () => {
      const result = hlh2004(knownWith({ ...FOUR, context: { hlhMolecularDiagnosis: null } }));
      expect(result.value).toBe(4);
      expect(result.meetsThreshold).toBeNull();
    });

    test("5 criteria met with the molecular diagnosis unknown: met either way", () => {
      const result = hlh2004(knownWith({ ...FOUR, context: { hlhMolecularDiagnosis: null }, pathology: { nkActivityLowOrAbsent: true } }));
      expect(result.meetsThreshold).toBe(true);
    });
  });

  describe("unknown inputs", () => {
    test("ferritin unknown on 4 known criteria: 4–5, threshold open", () => {
      const result = hlh2004(
        knownWith({
          vitals: { temperatureMaxC: 39 },
          findings: { splenomegaly: true },
          labs: { ferritinNgPerMl: null, solubleCd25UPerMl: 3000 },
          pathology: { nkActivityLowOrAbsent: true },
        }),
      );
      expect(result.min).toBe(4);
      expect(result.max).toBe(5);
      expect(result.value).toBeNull();
      expect(result.meetsThreshold).toBeNull();
      expect(result.missing).toContain("labs.ferritinNgPerMl");
      expect(criterion(result, "ferritin").met).toBeNull();
    });

    test("triglycerides unknown but fibrinogen ≤ 1.5: the criterion is met anyway", () => {
      const result = hlh2004(knownWith({ labs: { triglyceridesMmolPerL: null, fibrinogenGPerL: 1.2 } }));
      expect(criterion(result, "triglycerides-or-fibrinogen").met).toBe(true);
      expect(result.value).toBe(1);
    });
  });
});

/** The narrow no-break space that groups thousands ("2 400"), as everywhere in crs-screen. */
const G = "\u202f";

/** The words shown are generated from the numbers the rule compares; the paper (INSTRUMENTS.md) pins them. */
describe("HLH_2004's published words", () => {
  test.each([
    { criterion: "fever", words: "Fever ≥ 38.5 °C (convention; the paper gives no number)" },
    { criterion: "cytopenias", words: "Cytopenias in ≥ 2 of 3 lineages: Hb < 90 g/L (infants < 4 weeks: < 100 g/L), platelets < 100 ×10⁹/L, neutrophils < 1.0 ×10⁹/L" },
    {
      criterion: "triglycerides-or-fibrinogen",
      words: "Hypertriglyceridaemia (fasting ≥ 3.0 mmol/L, i.e. ≥ 265 mg/dL) and/or hypofibrinogenaemia (≤ 1.5 g/L)",
    },
    { criterion: "ferritin", words: "Ferritin ≥ 500 ng/mL" },
    { criterion: "soluble-cd25", words: `Soluble CD25 (sIL-2 receptor) ≥ 2${G}400 U/mL` },
  ] as const)("$criterion reads “$words”", ({ criterion: id, words }) => {
    expect(HLH_2004.criteria[id].published).toBe(words);
  });

  test("the threshold reads “≥ 5 of 8 criteria” and the count is out of 8", () => {
    expect(HLH_2004.threshold).toBe("≥ 5 of 8 criteria, or a molecular diagnosis consistent with HLH");
    expect(HLH_2004.scale).toEqual({ kind: "count", of: 8 });
  });

  test("the infant haemoglobin threshold says whom it is for", () => {
    const thresholds: readonly PublishedThreshold[] = HLH_2004.criteria.cytopenias.thresholds;
    const infant = thresholds.find((t) => t.threshold.value === 100 && t.threshold.path === "labs.hemoglobinGPerDl");
    expect(infant?.qualifier).toBe("infants < 4 weeks");
  });

  test("the conventions state 265 mg/dL as 2.992 mmol/L and the infant age as 28/365.25 years", () => {
    expect(HLH_2004.about.conventions).toContain(
      "Triglycerides: ≥ 3.0 mmol/L and ≥ 265 mg/dL are both published (265 mg/dL = 2.992 mmol/L); a value meeting either counts.",
    );
    expect(HLH_2004.about.conventions).toContain("Infants < 4 weeks (age < 28/365.25 years): Hb < 100 g/L.");
  });
});
