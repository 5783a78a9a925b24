import { describe, expect, test } from "vitest";
import type { Assessment } from "@/lib/assessment";
import { scoreEach } from "@/lib/scores";
import { PATTERNS, THERAPY_CLASSES, evidenceFor, matchTherapies, strongestTier, therapiesForPatterns, therapyClass, type CaseFacts, type TherapyClass } from "@/lib/therapies";
import { knownWith } from "../fixtures";

const facts = (assessment: Assessment): CaseFacts => ({ assessment, results: scoreEach(assessment) });
const ids = (list: readonly { readonly id: string }[]) => list.map((c) => c.id);

const GRADE_1 = facts(knownWith({ vitals: { temperatureMaxC: 39 } }));
const GRADE_2 = facts(knownWith({ vitals: { temperatureMaxC: 39, hypotension: true, systolicBpMmHg: 85, diastolicBpMmHg: 50 } }));

describe("therapiesForPatterns", () => {
  test.each(PATTERNS)("for %s, returns exactly the classes with a line for it that needs no other pattern, in catalogue order", (pattern) => {
    const returned = therapiesForPatterns([pattern]);
    expect(ids(returned)).toEqual(ids(THERAPY_CLASSES.filter((c) => c.evidence.some((l) => l.pattern === pattern && l.onlyWith === undefined))));
  });

  test("returns nothing when no pattern is given", () => {
    expect(therapiesForPatterns([])).toEqual([]);
  });

  test("isolated ICANS lists no IL-6 blockade; ICANS with CRS does, with ASCO's point that it is for the CRS", () => {
    expect(ids(therapiesForPatterns(["icans"]))).not.toContain("il6-blockade");
    const icansLine = evidenceFor(therapyClass("il6-blockade"), ["crs-iec", "icans"]).find((l) => l.pattern === "icans");
    expect(icansLine?.summary).toMatch(/concurrent CRS/);
    expect(icansLine?.sources).toEqual(["santomasso-2021"]);
  });

  test("COVID-19 trials are not evidence for another virus", () => {
    const covidOnly = ["marconi-2021", "fda-baricitinib-covid-2022", "recovery-dexamethasone-2021", "recovery-azithromycin-2021", "lawler-2023", "fda-tocilizumab-covid-2022", "who-covid-drugs-2020"];
    const otherVirus = THERAPY_CLASSES.flatMap((c) => evidenceFor(c, ["viral-hyperinflammation"]));
    expect(otherVirus.flatMap((l) => l.sources).filter((s) => covidOnly.includes(s))).toEqual([]);
  });
});

describe("matchTherapies: the guidelines' sequence", () => {
  test("CRS grade 1: supportive care first; tocilizumab and corticosteroids last, as not met", () => {
    const list = matchTherapies(["crs-iec"], GRADE_1);
    expect(list[0]).toMatchObject({ id: "supportive-care", strongestTier: "guideline" });
    const unmet = list.filter((m) => m.strongestTier === null).map((m) => m.id);
    expect(unmet).toEqual(expect.arrayContaining(["il6-blockade", "glucocorticoids"]));
    expect(list.findIndex((m) => m.strongestTier === null)).toBeGreaterThan(list.findLastIndex((m) => m.strongestTier !== null));
  });

  test("CRS grade 2: supportive care, then tocilizumab (guideline), before any study-only class", () => {
    expect(ids(matchTherapies(["crs-iec"], GRADE_2)).slice(0, 2)).toEqual(["supportive-care", "il6-blockade"]);
  });

  test("refractory-only lines come after first-line ones (anakinra for CRS is open until refractoriness is recorded)", () => {
    const list = matchTherapies(["crs-iec"], GRADE_2);
    expect(list.find((m) => m.id === "il1-blockade")?.strongestTier).toBeNull();
  });

  test("does not depend on the order or repetition of the patterns", () => {
    expect(matchTherapies(["crs-iec", "sepsis"], GRADE_2)).toEqual(matchTherapies(["sepsis", "crs-iec", "sepsis"], GRADE_2));
  });

  test("no patterns, no classes", () => {
    expect(matchTherapies([], GRADE_1)).toEqual([]);
  });

  test("keeps catalogue order between classes of equal standing", () => {
    const line = { pattern: "sepsis", tier: "preclinical", direction: "uncertain", indication: { words: "mice", requires: [] }, summary: "s", sources: ["staedtke-2018"] } as const;
    const make = (id: string): TherapyClass => ({ id, name: id, mechanism: "m", examples: ["x"], standardOfCare: false, seedClass: false, evidence: [line], classSources: [], notes: [], sources: ["staedtke-2018"] });
    expect(ids(matchTherapies(["sepsis"], GRADE_1, ["c", "a", "d", "b"].map(make)))).toEqual(["c", "a", "d", "b"]);
  });
});

describe("strongestTier", () => {
  test("is the strongest tier whose indication the case meets, for the asked patterns only", () => {
    const steroids = therapyClass("glucocorticoids");
    expect(strongestTier(steroids, ["icans"], GRADE_1)).toBeNull(); // ICANS grade 0 here: outside "grade 2 and above"
    expect(strongestTier(therapyClass("supportive-care"), ["crs-iec"], GRADE_1)).toBe("guideline");
  });

  test("is null when the class has nothing for the pattern", () => {
    expect(strongestTier(therapyClass("etoposide-hlh"), ["sepsis"], GRADE_1)).toBeNull();
  });
});
