/**
 * HScore (Fardet 2014) against ../shared/clinical/INSTRUMENTS.md: each item's points at its band
 * edges in the published unit, the ≥ 169 threshold, the 0–337 span and the paper's probability table.
 * The fully known baseline scores 0 on every item, so each item's points are the whole score.
 */
import { describe, expect, test } from "vitest";
import { hscore, lowestPoints, highestPoints, fieldsToSettle } from "@/lib/scores";
import { HSCORE, hscoreProbability } from "@/lib/scores/hscore";
import { knownWith } from "../fixtures";
import { criterion } from "./helpers";

describe("hscore", () => {
  test("the fully known normal baseline scores 0", () => {
    const result = hscore(knownWith({}));
    expect(result.value).toBe(0);
    expect(result.meetsThreshold).toBe(false);
  });

  test("known underlying immunosuppression scores 18 points", () => {
    const result = hscore(knownWith({ context: { immunosuppressed: true } }));
    expect(criterion(result, "immunosuppression").points).toBe(18);
    expect(result.value).toBe(18);
  });

  describe("temperature: < 38.4 °C 0, 38.4–39.4 °C 33, > 39.4 °C 49", () => {
    test.each([
      { celsius: 37.0, points: 0 },
      { celsius: 38.39, points: 0 },
      { celsius: 38.4, points: 33 },
      { celsius: 39.0, points: 33 },
      { celsius: 39.4, points: 33 },
      { celsius: 39.41, points: 49 },
      { celsius: 41.0, points: 49 },
    ])("$celsius °C scores $points points", ({ celsius, points }) => {
      const result = hscore(knownWith({ vitals: { temperatureMaxC: celsius } }));
      expect(criterion(result, "temperature").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("organomegaly: one organ 23, both 38", () => {
    test.each([
      { label: "neither", findings: { hepatomegaly: false, splenomegaly: false }, points: 0 },
      { label: "hepatomegaly alone", findings: { hepatomegaly: true, splenomegaly: false }, points: 23 },
      { label: "splenomegaly alone", findings: { hepatomegaly: false, splenomegaly: true }, points: 23 },
      { label: "both", findings: { hepatomegaly: true, splenomegaly: true }, points: 38 },
    ])("$label scores $points points", ({ findings, points }) => {
      const result = hscore(knownWith({ findings }));
      expect(criterion(result, "organomegaly").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("cytopenias (Hb ≤ 9.2 g/dL, leukocytes ≤ 5.0 ×10⁹/L, platelets ≤ 110 ×10⁹/L): 1 lineage 0, 2 lineages 24, 3 lineages 34", () => {
    test.each([
      { label: "none", labs: {}, points: 0 },
      { label: "Hb 9.2 alone (1 lineage)", labs: { hemoglobinGPerDl: 9.2 }, points: 0 },
      { label: "Hb 9.2 and leukocytes 5.0", labs: { hemoglobinGPerDl: 9.2, leukocytesE9PerL: 5.0 }, points: 24 },
      { label: "Hb 9.21 and leukocytes 5.0 (1 lineage)", labs: { hemoglobinGPerDl: 9.21, leukocytesE9PerL: 5.0 }, points: 0 },
      { label: "leukocytes 5.0 and platelets 110", labs: { leukocytesE9PerL: 5.0, plateletsE9PerL: 110 }, points: 24 },
      { label: "leukocytes 5.01 and platelets 110 (1 lineage)", labs: { leukocytesE9PerL: 5.01, plateletsE9PerL: 110 }, points: 0 },
      { label: "Hb 9.2 and platelets 110", labs: { hemoglobinGPerDl: 9.2, plateletsE9PerL: 110 }, points: 24 },
      { label: "Hb 9.2 and platelets 111 (1 lineage)", labs: { hemoglobinGPerDl: 9.2, plateletsE9PerL: 111 }, points: 0 },
      { label: "all three at their limits", labs: { hemoglobinGPerDl: 9.2, leukocytesE9PerL: 5.0, plateletsE9PerL: 110 }, points: 34 },
      { label: "all three deep", labs: { hemoglobinGPerDl: 6, leukocytesE9PerL: 0.5, plateletsE9PerL: 10 }, points: 34 },
    ])("$label scores $points points", ({ labs, points }) => {
      const result = hscore(knownWith({ labs }));
      expect(criterion(result, "cytopenias").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("ferritin: < 2000 ng/mL 0, 2000–6000 35, > 6000 50", () => {
    test.each([
      { ferritin: 1999, points: 0 },
      { ferritin: 2000, points: 35 },
      { ferritin: 6000, points: 35 },
      { ferritin: 6001, points: 50 },
    ])("$ferritin ng/mL scores $points points", ({ ferritin, points }) => {
      const result = hscore(knownWith({ labs: { ferritinNgPerMl: ferritin } }));
      expect(criterion(result, "ferritin").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("triglycerides: < 1.5 mmol/L 0, 1.5–4 44, > 4 64", () => {
    test.each([
      { mmol: 1.49, points: 0 },
      { mmol: 1.5, points: 44 },
      { mmol: 4, points: 44 },
      { mmol: 4.01, points: 64 },
    ])("$mmol mmol/L scores $points points", ({ mmol, points }) => {
      const result = hscore(knownWith({ labs: { triglyceridesMmolPerL: mmol } }));
      expect(criterion(result, "triglycerides").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("fibrinogen: > 2.5 g/L 0, ≤ 2.5 g/L 30", () => {
    test.each([
      { gPerL: 2.51, points: 0 },
      { gPerL: 2.5, points: 30 },
      { gPerL: 1.0, points: 30 },
    ])("$gPerL g/L scores $points points", ({ gPerL, points }) => {
      const result = hscore(knownWith({ labs: { fibrinogenGPerL: gPerL } }));
      expect(criterion(result, "fibrinogen").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("AST: < 30 U/L 0, ≥ 30 U/L 19", () => {
    test.each([
      { ast: 29, points: 0 },
      { ast: 30, points: 19 },
    ])("$ast U/L scores $points points", ({ ast, points }) => {
      const result = hscore(knownWith({ labs: { astUPerL: ast } }));
      expect(criterion(result, "ast").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("haemophagocytosis on bone-marrow aspirate: 35", () => {
    test("in the bone marrow scores 35 points", () => {
      const result = hscore(knownWith({ pathology: { hemophagocytosisBoneMarrow: true } }));
      expect(criterion(result, "hemophagocytosis").points).toBe(35);
      expect(result.value).toBe(35);
    });

    test("in spleen or lymph node only scores 0 (the item is the bone-marrow aspirate)", () => {
      const result = hscore(knownWith({ pathology: { hemophagocytosisBoneMarrow: false, hemophagocytosisSpleenOrLymphNode: true } }));
      expect(criterion(result, "hemophagocytosis").points).toBe(0);
      expect(result.value).toBe(0);
    });
  });

  describe("threshold ≥ 169 points", () => {
    test("168 points (ferritin > 6000, TG > 4, AST ≥ 30, marrow haemophagocytosis) does not meet it", () => {
      const result = hscore(
        knownWith({ labs: { ferritinNgPerMl: 8000, triglyceridesMmolPerL: 4.5, astUPerL: 60 }, pathology: { hemophagocytosisBoneMarrow: true } }),
      );
      expect(result.value).toBe(50 + 64 + 19 + 35);
      expect(result.value).toBe(168);
      expect(result.meetsThreshold).toBe(false);
    });

    test("169 points (38.4–39.4 °C, one organ, ferritin > 6000, TG 1.5–4, AST ≥ 30) meets it", () => {
      const result = hscore(
        knownWith({
          vitals: { temperatureMaxC: 39 },
          findings: { splenomegaly: true },
          labs: { ferritinNgPerMl: 8000, triglyceridesMmolPerL: 2, astUPerL: 60 },
        }),
      );
      expect(result.value).toBe(33 + 23 + 50 + 44 + 19);
      expect(result.value).toBe(169);
      expect(result.meetsThreshold).toBe(true);
    });

    test("every item at its top band scores the maximum, 337", () => {
      const result = hscore(
        knownWith({
          context: { immunosuppressed: true },
          vitals: { temperatureMaxC: 40 },
          findings: { hepatomegaly: true, splenomegaly: true },
          labs: {
            hemoglobinGPerDl: 7,
            leukocytesE9PerL: 1,
            plateletsE9PerL: 30,
            ferritinNgPerMl: 20000,
            triglyceridesMmolPerL: 5,
            fibrinogenGPerL: 1,
            astUPerL: 200,
          },
          pathology: { hemophagocytosisBoneMarrow: true },
        }),
      );
      expect(result.value).toBe(337);
      expect(result.min).toBe(337);
      expect(result.max).toBe(337);
      expect(result.meetsThreshold).toBe(true);
    });
  });

  describe("applicability (derived in adults)", () => {
    test("age 18 is applicable", () => {
      expect(hscore(knownWith({ context: { ageYears: 18 } })).applicable).toBe(true);
    });

    test("age 17 is not applicable, but the score is still computed", () => {
      const result = hscore(knownWith({ context: { ageYears: 17 }, labs: { ferritinNgPerMl: 3000 } }));
      expect(result.applicable).toBe(false);
      expect(result.value).toBe(35);
    });
  });

  describe("unknown inputs", () => {
    test("triglycerides unknown on a known 68 points: 68–132, threshold not met either way", () => {
      const result = hscore(knownWith({ vitals: { temperatureMaxC: 39 }, labs: { ferritinNgPerMl: 2400, triglyceridesMmolPerL: null } }));
      expect(result.value).toBeNull();
      expect(result.min).toBe(68);
      expect(result.max).toBe(68 + 64);
      expect(result.meetsThreshold).toBe(false);
      expect(result.missing).toEqual(["labs.triglyceridesMmolPerL"]);
      const triglycerides = criterion(result, "triglycerides");
      expect(triglycerides.points).toBeNull();
      expect(triglycerides.met).toBeNull();
      expect(lowestPoints(triglycerides)).toBe(0);
      expect(highestPoints(triglycerides)).toBe(64);
      expect(triglycerides.missing).toBe(true);
      expect(fieldsToSettle(triglycerides)).toEqual(["labs.triglyceridesMmolPerL"]);
    });

    test("triglycerides unknown on a known 137 points: 137–201 straddles 169, threshold open", () => {
      const result = hscore(
        knownWith({
          vitals: { temperatureMaxC: 39.5 },
          findings: { hepatomegaly: true, splenomegaly: true },
          labs: { ferritinNgPerMl: 7000, triglyceridesMmolPerL: null },
        }),
      );
      expect(result.min).toBe(49 + 38 + 50);
      expect(result.max).toBe(49 + 38 + 50 + 64);
      expect(result.value).toBeNull();
      expect(result.meetsThreshold).toBeNull();
    });

    test("temperature unknown ranges over 0–49", () => {
      const result = hscore(knownWith({ vitals: { temperatureMaxC: null } }));
      expect(result.min).toBe(0);
      expect(result.max).toBe(49);
      expect(result.missing).toEqual(["vitals.temperatureMaxC"]);
    });

    test("Hb unknown with leukocytes and platelets both low: cytopenias 24–34", () => {
      const result = hscore(knownWith({ labs: { hemoglobinGPerDl: null, leukocytesE9PerL: 3, plateletsE9PerL: 100 } }));
      const cytopenias = criterion(result, "cytopenias");
      expect(lowestPoints(cytopenias)).toBe(24);
      expect(highestPoints(cytopenias)).toBe(34);
      expect(result.min).toBe(24);
      expect(result.max).toBe(34);
      expect(result.value).toBeNull();
    });

    test("Hb unknown with leukocytes and platelets normal cannot reach 2 lineages: the score is known, 0", () => {
      const result = hscore(knownWith({ labs: { hemoglobinGPerDl: null } }));
      expect(result.min).toBe(0);
      expect(result.max).toBe(0);
      expect(result.value).toBe(0);
      expect(result.meetsThreshold).toBe(false);
    });

    test("an unknown that cannot change the score is not listed as missing", () => {
      const result = hscore(knownWith({ labs: { hemoglobinGPerDl: null } }));
      expect(result.missing).not.toContain("labs.hemoglobinGPerDl");
    });

    test("organomegaly unknown ranges over 0–38", () => {
      const result = hscore(knownWith({ findings: { hepatomegaly: null, splenomegaly: null } }));
      expect(result.min).toBe(0);
      expect(result.max).toBe(38);
    });
  });
});

describe("hscoreProbability (the paper's table, never a fitted curve)", () => {
  test.each([0, 50, 89, 90])("%i points: < 1 %", (score) => {
    expect(hscoreProbability(score)).toContain("< 1 %");
  });

  test.each([250, 251, 300, 337])("%i points: > 99 %", (score) => {
    expect(hscoreProbability(score)).toContain("> 99 %");
  });

  test.each([
    { score: 100, row: "1 %" },
    { score: 110, row: "3 %" },
    { score: 120, row: "5 %" },
    { score: 130, row: "9 %" },
    { score: 140, row: "16 %" },
    { score: 150, row: "25 %" },
    { score: 160, row: "40 %" },
    { score: 170, row: "54 %" },
    { score: 180, row: "70 %" },
    { score: 190, row: "80 %" },
    { score: 200, row: "88 %" },
    { score: 210, row: "93 %" },
    { score: 220, row: "96 %" },
    { score: 230, row: "98 %" },
    { score: 240, row: "99 %" },
  ])("$score points is the row $row", ({ score, row }) => {
    const statement = hscoreProbability(score);
    expect(statement).toContain(row);
    expect(statement).not.toContain("between");
    expect(statement).not.toContain("<");
    expect(statement).not.toContain(">");
  });

  test.each([
    { score: 165, bracket: "between 40 % (160) and 54 % (170)" },
    { score: 169, bracket: "between 40 % (160) and 54 % (170)" },
    { score: 161, bracket: "between 40 % (160) and 54 % (170)" },
    { score: 171, bracket: "between 54 % (170) and 70 % (180)" },
    { score: 105, bracket: "between 1 % (100) and 3 % (110)" },
    { score: 235, bracket: "between 98 % (230) and 99 % (240)" },
  ])("$score points is bracketed: $bracket", ({ score, bracket }) => {
    expect(hscoreProbability(score)).toContain(bracket);
  });

  test("does not use the logistic clone (17 % at 90, 96 % at 250)", () => {
    expect(hscoreProbability(90)).not.toContain("17 %");
    expect(hscoreProbability(250)).not.toContain("96 %");
  });
});

/** The narrow no-break space that groups thousands ("2 000"), as everywhere in crs-screen. */
const G = "\u202f";

/** The words shown are generated from the numbers the rule compares; the paper (INSTRUMENTS.md) pins them. */
describe("HSCORE's published words", () => {
  test.each([
    { criterion: "immunosuppression", words: "Known underlying immunosuppression (HIV or long-term immunosuppressive therapy): 18" },
    { criterion: "temperature", words: "Temperature: < 38.4 °C 0; 38.4–39.4 °C 33; > 39.4 °C 49" },
    { criterion: "organomegaly", words: "Organomegaly: hepatomegaly or splenomegaly 23; both 38" },
    { criterion: "cytopenias", words: "Cytopenias (Hb ≤ 9.2 g/dL, leukocytes ≤ 5.0 ×10⁹/L, platelets ≤ 110 ×10⁹/L): 1 lineage 0; 2 lineages 24; 3 lineages 34" },
    { criterion: "ferritin", words: `Ferritin: < 2${G}000 ng/mL 0; 2${G}000–6${G}000 ng/mL 35; > 6${G}000 ng/mL 50` },
    { criterion: "triglycerides", words: "Triglycerides: < 1.5 mmol/L 0; 1.5–4 mmol/L 44; > 4 mmol/L 64" },
    { criterion: "fibrinogen", words: "Fibrinogen: > 2.5 g/L 0; ≤ 2.5 g/L 30" },
    { criterion: "ast", words: "AST: < 30 U/L 0; ≥ 30 U/L 19" },
    { criterion: "hemophagocytosis", words: "Haemophagocytosis on bone-marrow aspirate: 35" },
  ] as const)("$criterion reads “$words”", ({ criterion: id, words }) => {
    expect(HSCORE.criteria[id].published).toBe(words);
  });

  test("the threshold reads “≥ 169 points” and the span 0–337", () => {
    expect(HSCORE.threshold).toBe("≥ 169 points");
    expect(HSCORE.about.interpretation).toMatch(/^0–337 points\./);
  });

  test("the band-edge convention names the edges that score the middle band", () => {
    expect(HSCORE.about.conventions).toContain(
      `Band edges are as published: 38.4 and 39.4 °C score 33; ferritin 2${G}000 and 6${G}000 ng/mL score 35; triglycerides 1.5 and 4 mmol/L score 44.`,
    );
  });
});
