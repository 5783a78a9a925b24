/**
 * ISTH overt DIC score (Taylor 2001) against ../shared/clinical/INSTRUMENTS.md, with crs-screen's
 * boundary convention: platelets 100 → 0 and 50 → 1; PT 3 s → 1 and 6 s → 2; fibrinogen 1.0 g/L → 0.
 */
import { describe, expect, test } from "vitest";
import { isthDic, lowestPoints, highestPoints } from "@/lib/scores";
import { ISTH_DIC } from "@/lib/scores/isth-dic";
import { knownWith } from "../fixtures";
import { criterion } from "./helpers";

describe("isthDic", () => {
  test("the fully known normal baseline scores 0", () => {
    const result = isthDic(knownWith({}));
    expect(result.value).toBe(0);
    expect(result.meetsThreshold).toBe(false);
  });

  describe("platelets: ≥ 100 ×10⁹/L 0, 50 to < 100 1, < 50 2", () => {
    test.each([
      { platelets: 101, points: 0 },
      { platelets: 100, points: 0 },
      { platelets: 99, points: 1 },
      { platelets: 51, points: 1 },
      { platelets: 50, points: 1 },
      { platelets: 49, points: 2 },
      { platelets: 0, points: 2 },
    ])("$platelets ×10⁹/L scores $points", ({ platelets, points }) => {
      const result = isthDic(knownWith({ labs: { plateletsE9PerL: platelets } }));
      expect(criterion(result, "platelets").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("fibrin-related marker: none 0, moderate 2, strong 3", () => {
    test.each([
      { increase: "none", points: 0 },
      { increase: "moderate", points: 2 },
      { increase: "strong", points: 3 },
    ] as const)("$increase scores $points", ({ increase, points }) => {
      const result = isthDic(knownWith({ labs: { fibrinMarkerIncrease: increase } }));
      expect(criterion(result, "fibrin-marker").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("PT prolongation: < 3 s 0, 3 to < 6 s 1, ≥ 6 s 2", () => {
    test.each([
      { seconds: 2.9, points: 0 },
      { seconds: 3, points: 1 },
      { seconds: 5.9, points: 1 },
      { seconds: 6, points: 2 },
      { seconds: 12, points: 2 },
    ])("$seconds s scores $points", ({ seconds, points }) => {
      const result = isthDic(knownWith({ labs: { ptProlongationSeconds: seconds } }));
      expect(criterion(result, "pt").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("fibrinogen: ≥ 1.0 g/L 0, < 1.0 g/L 1", () => {
    test.each([
      { gPerL: 1.0, points: 0 },
      { gPerL: 0.99, points: 1 },
    ])("$gPerL g/L scores $points", ({ gPerL, points }) => {
      const result = isthDic(knownWith({ labs: { fibrinogenGPerL: gPerL } }));
      expect(criterion(result, "fibrinogen").points).toBe(points);
      expect(result.value).toBe(points);
    });
  });

  describe("threshold ≥ 5: compatible with overt DIC", () => {
    test("4 points (platelets 80, strong marker) is not", () => {
      const result = isthDic(knownWith({ labs: { plateletsE9PerL: 80, fibrinMarkerIncrease: "strong" } }));
      expect(result.value).toBe(4);
      expect(result.meetsThreshold).toBe(false);
    });

    test("5 points (platelets 80, strong marker, PT + 3 s) is", () => {
      const result = isthDic(knownWith({ labs: { plateletsE9PerL: 80, fibrinMarkerIncrease: "strong", ptProlongationSeconds: 3 } }));
      expect(result.value).toBe(5);
      expect(result.meetsThreshold).toBe(true);
    });

    test("every item at its top scores the maximum, 8", () => {
      const result = isthDic(
        knownWith({ labs: { plateletsE9PerL: 20, fibrinMarkerIncrease: "strong", ptProlongationSeconds: 8, fibrinogenGPerL: 0.5 } }),
      );
      expect(result.value).toBe(8);
    });
  });

  describe("unknown inputs", () => {
    test("fibrin marker unknown on 2 known points: 2–5, threshold open", () => {
      const result = isthDic(knownWith({ labs: { plateletsE9PerL: 30, fibrinMarkerIncrease: null } }));
      expect(result.min).toBe(2);
      expect(result.max).toBe(5);
      expect(result.value).toBeNull();
      expect(result.meetsThreshold).toBeNull();
      expect(result.missing).toEqual(["labs.fibrinMarkerIncrease"]);
      const marker = criterion(result, "fibrin-marker");
      expect(lowestPoints(marker)).toBe(0);
      expect(highestPoints(marker)).toBe(3);
      expect(marker.points).toBeNull();
    });

    test("PT unknown on 0 known points: 0–2, threshold not met either way", () => {
      const result = isthDic(knownWith({ labs: { ptProlongationSeconds: null } }));
      expect(result.min).toBe(0);
      expect(result.max).toBe(2);
      expect(result.meetsThreshold).toBe(false);
    });
  });
});

/** The words shown are generated from the numbers the rule compares; the paper (INSTRUMENTS.md) pins them. */
describe("ISTH_DIC's published words", () => {
  test.each([
    { criterion: "platelets", words: "Platelets: ≥ 100 ×10⁹/L 0; 50 to < 100 ×10⁹/L 1; < 50 ×10⁹/L 2" },
    { criterion: "fibrin-marker", words: "Fibrin-related marker (e.g. D-dimer): no increase 0; moderate 2; strong 3" },
    { criterion: "pt", words: "Prolonged PT: < 3 s 0; 3 to < 6 s 1; ≥ 6 s 2" },
    { criterion: "fibrinogen", words: "Fibrinogen: ≥ 1.0 g/L 0; < 1.0 g/L 1" },
  ] as const)("$criterion reads “$words”", ({ criterion: id, words }) => {
    expect(ISTH_DIC.criteria[id].published).toBe(words);
  });

  test("the threshold reads “≥ 5 points: compatible with overt DIC”", () => {
    expect(ISTH_DIC.threshold).toBe("≥ 5 points: compatible with overt DIC");
  });

  test("the boundary convention states what each edge scores, as the rule scores it", () => {
    expect(ISTH_DIC.about.conventions[0]).toContain(
      "platelets exactly 100 → 0 and exactly 50 → 1; PT exactly 3 s → 1 and exactly 6 s → 2; fibrinogen exactly 1.0 g/L → 0.",
    );
  });
});
