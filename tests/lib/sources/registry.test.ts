import { describe, expect, test } from "vitest";
import { SOURCES, SOURCE_KEYS, citationUrl, formatCitation, isSourceKey, sourceOf, type SourceKey } from "@/lib/sources";

/** Keys listed in ../shared/clinical/SOURCES.md. */
const SOURCES_MD_KEYS = [
  "lee-2019",
  "fardet-2014",
  "henter-2007",
  "webb-2020",
  "ravelli-2016",
  "taylor-2001",
  "seymour-2016",
  "singer-2016",
  "shimabukuro-2018",
  "fajgenbaum-2020",
  "liu-2016",
  "staedtke-2018",
  "neelapu-2018",
];

/** Keys ../shared/clinical/THERAPIES.md cites, plus the AMPK paper, RECOVERY azithromycin and the approvals. */
const THERAPIES_MD_KEYS = [
  "lawler-2023",
  "patterson-2021",
  "hussell-2004",
  "marconi-2021",
  "hung-2017",
  "lamontagne-2022",
  "walsh-2011",
  "budd-2007",
  "zheng-2008",
  "henderson-2021",
  "o-halloran-2023",
  "de-alencar-2021",
  "zhao-2008",
  "recovery-azithromycin-2021",
  "fda-tocilizumab-crs-2017",
  "fda-emapalumab-2018",
  "fda-emapalumab-mas-2025",
  "fda-baricitinib-covid-2022",
  "fda-tocilizumab-covid-2022",
];

describe("source registry", () => {
  test.each([...SOURCES_MD_KEYS, ...THERAPIES_MD_KEYS])("holds %s", (key) => {
    expect(isSourceKey(key)).toBe(true);
  });

  test("rejects a key it does not hold", () => {
    expect(isSourceKey("smith-1999")).toBe(false);
    expect(isSourceKey("toString")).toBe(false);
  });

  test("SOURCE_KEYS lists every entry once", () => {
    expect(new Set(SOURCE_KEYS).size).toBe(SOURCE_KEYS.length);
    expect([...SOURCE_KEYS].sort()).toEqual(Object.keys(SOURCES).sort());
  });

  test.each(SOURCE_KEYS)("%s has well-formed identifiers and a one-line purpose", (key) => {
    const s = sourceOf(key);
    if (s.doi !== undefined) expect(s.doi).toMatch(/^10\.\d{4,9}\/\S+$/);
    if (s.pmid !== undefined) expect(s.pmid).toMatch(/^\d{6,9}$/);
    if (s.pmcid !== undefined) expect(s.pmcid).toMatch(/^PMC\d+$/);
    expect(s.about.length).toBeGreaterThan(10);
    expect(s.about).not.toContain("\n");
    expect(s.title).not.toMatch(/\.$/);
    expect(s.year).toBeGreaterThanOrEqual(2000);
    expect(s.year).toBeLessThanOrEqual(2026);
  });

  test.each(SOURCE_KEYS)("%s opens at an https address", (key) => {
    expect(citationUrl(key)).toMatch(/^https:\/\/\S+$/);
  });
});

describe("citationUrl", () => {
  test("prefers the DOI", () => {
    expect(citationUrl("lee-2019")).toBe("https://doi.org/10.1016/j.bbmt.2018.12.758");
  });

  test("falls back to the regulator's page when there is no DOI or PMID", () => {
    expect(citationUrl("fda-emapalumab-2018")).toMatch(/^https:\/\/www\.fda\.gov\//);
  });
});

describe("formatCitation", () => {
  test("writes a Vancouver-style line for an article", () => {
    expect(formatCitation("lee-2019")).toBe(
      "Lee DW, Santomasso BD, Locke FL, et al. ASTCT consensus grading for cytokine release syndrome and neurologic toxicity associated with immune effector cells. Biol Blood Marrow Transplant. 2019;25(4):625–638. doi:10.1016/j.bbmt.2018.12.758",
    );
  });

  test("ends an author list that lacks 'et al.' with a full stop", () => {
    expect(formatCitation("fajgenbaum-2020")).toBe("Fajgenbaum DC, June CH. Cytokine storm. N Engl J Med. 2020;383(23):2255–2273. doi:10.1056/NEJMra2026131");
  });

  test("cites a regulatory approval by body, title and date", () => {
    expect(formatCitation("fda-emapalumab-2018")).toBe(
      "U.S. Food and Drug Administration. FDA approves emapalumab for hemophagocytic lymphohistiocytosis. FDA approval announcement; 20 Nov 2018.",
    );
  });

  test.each(SOURCE_KEYS)("%s formats on one line", (key: SourceKey) => {
    const line = formatCitation(key);
    expect(line).not.toContain("\n");
    expect(line).not.toContain("..");
    expect(line).toContain(sourceOf(key).title);
  });
});
