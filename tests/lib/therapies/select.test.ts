import { describe, expect, test } from "vitest";
import { PATTERNS, THERAPY_CLASSES, evidenceFor, strongestTier, therapiesForPatterns, therapyClass, type Pattern, type TherapyClass } from "@/lib/therapies";

const ids = (classes: readonly TherapyClass[]) => classes.map((c) => c.id);

/** Expected order per pattern, worked out by hand from the catalogue (standard of care, then tier, then catalogue order). */
const EXPECTED: Readonly<Record<Pattern, readonly string[]>> = {
  "crs-iec": ["il6-blockade", "glucocorticoids", "il1-blockade", "jak-stat-inhibitors", "catecholamine-synthesis-inhibition"],
  // ASCO 2021: glucocorticoids first; IL-6 blockade only with concurrent CRS (its ICANS line needs crs-iec).
  icans: ["glucocorticoids", "il1-blockade"],
  hlh: ["ifng-blockade", "glucocorticoids", "etoposide-hlh", "calcineurin-inhibition", "il1-blockade", "jak-stat-inhibitors"],
  mas: ["ifng-blockade", "glucocorticoids", "il1-blockade", "calcineurin-inhibition"],
  sepsis: ["glucocorticoids", "ivig", "vitamin-c-e", "ampk-agonists", "catecholamine-synthesis-inhibition"],
  "covid-19": ["il6-blockade", "jak-stat-inhibitors", "glucocorticoids", "ivig", "antioxidants", "anti-tnf", "ace-inhibitors-arbs", "ccr-inhibitors", "macrolides"],
  "viral-hyperinflammation": ["glucocorticoids", "cox-inhibitors", "ivig", "macrolides", "ppar-agonists", "s1p1-agonists", "anti-tnf", "ox40-blockade"],
};

describe("therapiesForPatterns", () => {
  test.each(PATTERNS)("orders the classes for %s: standard of care, then strongest tier", (pattern) => {
    expect(ids(therapiesForPatterns([pattern]))).toEqual(EXPECTED[pattern]);
  });

  test.each(PATTERNS)("for %s, returns exactly the classes with a line for it that needs no other pattern", (pattern) => {
    const returned = new Set(ids(therapiesForPatterns([pattern])));
    for (const c of THERAPY_CLASSES) expect(returned.has(c.id)).toBe(c.evidence.some((l) => l.pattern === pattern && l.onlyWith === undefined));
  });

  test("isolated ICANS lists glucocorticoids first and no IL-6 blockade", () => {
    expect(ids(therapiesForPatterns(["icans"]))[0]).toBe("glucocorticoids");
    expect(ids(therapiesForPatterns(["icans"]))).not.toContain("il6-blockade");
  });

  test("ICANS with CRS shows IL-6 blockade, with ASCO's point that it is for the concurrent CRS", () => {
    const il6 = therapyClass("il6-blockade");
    expect(ids(therapiesForPatterns(["crs-iec", "icans"]))).toContain("il6-blockade");
    const icansLine = evidenceFor(il6, ["crs-iec", "icans"]).find((l) => l.pattern === "icans");
    expect(icansLine?.summary).toMatch(/concurrent CRS/);
    expect(icansLine?.sources).toEqual(["santomasso-2021"]);
    expect(evidenceFor(il6, ["icans"])).toEqual([]);
  });

  test("COVID-19 trials are not evidence for another virus", () => {
    const covidOnly = ["marconi-2021", "fda-baricitinib-covid-2022", "recovery-dexamethasone-2021", "recovery-azithromycin-2021", "lawler-2023", "fda-tocilizumab-covid-2022"];
    const otherVirus = THERAPY_CLASSES.flatMap((c) => evidenceFor(c, ["viral-hyperinflammation"]));
    expect(otherVirus.flatMap((l) => l.sources).filter((s) => covidOnly.includes(s))).toEqual([]);
    expect(ids(therapiesForPatterns(["viral-hyperinflammation"]))).not.toContain("ace-inhibitors-arbs");
    expect(ids(therapiesForPatterns(["covid-19"]))).toContain("ace-inhibitors-arbs");
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
    expect(strongestTier(steroids, ["covid-19"])).toBe("clinical studies");
    expect(strongestTier(steroids, ["covid-19", "hlh"])).toBe("guideline");
    expect(evidenceFor(steroids, ["covid-19", "viral-hyperinflammation"]).map((l) => l.sources[0])).toEqual(["recovery-dexamethasone-2021", "liu-2016"]);
  });

  test("is null when the class has nothing for the pattern", () => {
    expect(strongestTier(therapyClass("etoposide-hlh"), ["sepsis"])).toBeNull();
  });
});
