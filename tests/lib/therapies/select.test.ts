import { describe, expect, test } from "vitest";
import { PATTERNS, THERAPY_CLASSES, evidenceFor, strongestTier, therapiesForPatterns, therapyClass, type Pattern, type TherapyClass } from "@/lib/therapies";

const ids = (classes: readonly TherapyClass[]) => classes.map((c) => c.id);

/** Expected order per pattern, worked out by hand from the catalogue (standard of care, then tier, then catalogue order). */
const EXPECTED: Readonly<Record<Pattern, readonly string[]>> = {
  "crs-iec": ["il6-blockade", "glucocorticoids", "il1-blockade", "jak-stat-inhibitors", "catecholamine-synthesis-inhibition"],
  hlh: ["ifng-blockade", "glucocorticoids", "etoposide-hlh", "il1-blockade", "jak-stat-inhibitors"],
  mas: ["ifng-blockade", "glucocorticoids", "il1-blockade"],
  sepsis: ["glucocorticoids", "ivig", "vitamin-c-e", "ampk-agonists", "catecholamine-synthesis-inhibition"],
  "viral-hyperinflammation": [
    "il6-blockade",
    "jak-stat-inhibitors",
    "glucocorticoids",
    "ivig",
    "cox-inhibitors",
    "antioxidants",
    "anti-tnf",
    "ace-inhibitors-arbs",
    "ccr-inhibitors",
    "macrolides",
    "ppar-agonists",
    "s1p1-agonists",
    "ox40-blockade",
  ],
};

describe("therapiesForPatterns", () => {
  test.each(PATTERNS)("orders the classes for %s: standard of care, then strongest tier", (pattern) => {
    expect(ids(therapiesForPatterns([pattern]))).toEqual(EXPECTED[pattern]);
  });

  test.each(PATTERNS)("for %s, returns exactly the classes with a line for it", (pattern) => {
    const returned = new Set(ids(therapiesForPatterns([pattern])));
    for (const c of THERAPY_CLASSES) expect(returned.has(c.id)).toBe(c.evidence.some((l) => l.pattern === pattern));
  });

  test("returns nothing when no pattern is given", () => {
    expect(therapiesForPatterns([])).toEqual([]);
  });

  test("ranks a class by its strongest tier across all given patterns", () => {
    // IFN-γ blockade has no sepsis line but is approved for HLH, so it leads when both are asked for.
    const both = ids(therapiesForPatterns(["sepsis", "hlh"]));
    expect(both[0]).toBe("ifng-blockade");
    expect(both).toContain("vitamin-c-e");
    expect(new Set(both).size).toBe(both.length);
  });

  test("does not depend on the order or repetition of the patterns", () => {
    expect(ids(therapiesForPatterns(["mas", "sepsis"]))).toEqual(ids(therapiesForPatterns(["sepsis", "mas", "sepsis"])));
  });

  test("puts every standard-of-care class before any other", () => {
    const result = therapiesForPatterns(PATTERNS);
    const firstOther = result.findIndex((c) => !c.standardOfCare);
    expect(result.slice(firstOther).every((c) => !c.standardOfCare)).toBe(true);
    expect(result).toHaveLength(THERAPY_CLASSES.length);
  });

  test("keeps catalogue order between classes of equal standing", () => {
    const line = { pattern: "sepsis", tier: "preclinical", direction: "uncertain", summary: "s", sources: ["staedtke-2018"] } as const;
    const make = (id: string): TherapyClass => ({
      id,
      name: id,
      mechanism: "m",
      examples: ["x"],
      standardOfCare: false,
      seedClass: false,
      evidence: [line],
      classSources: [],
      notes: [],
      sources: ["staedtke-2018"],
    });
    const catalogue = ["c", "a", "d", "b"].map(make);
    expect(ids(therapiesForPatterns(["sepsis"], catalogue))).toEqual(["c", "a", "d", "b"]);
  });
});

describe("strongestTier and evidenceFor", () => {
  test("pick the lines and the strongest tier for the asked patterns only", () => {
    const steroids = therapyClass("glucocorticoids");
    expect(strongestTier(steroids, ["viral-hyperinflammation"])).toBe("clinical studies");
    expect(strongestTier(steroids, ["viral-hyperinflammation", "hlh"])).toBe("guideline");
    expect(evidenceFor(steroids, ["viral-hyperinflammation"]).map((l) => l.sources[0])).toEqual(["recovery-dexamethasone-2021", "liu-2016"]);
  });

  test("is null when the class has nothing for the pattern", () => {
    expect(strongestTier(therapyClass("etoposide-hlh"), ["sepsis"])).toBeNull();
  });
});
