import { describe, expect, test } from "vitest";
import { isSourceKey } from "@/lib/sources";
import {
  EVIDENCE_DIRECTIONS,
  EVIDENCE_TIERS,
  PATTERNS,
  PATTERN_LABELS,
  THERAPY_CLASSES,
  THERAPY_DISCLAIMER,
  therapyClass,
  type Indication,
  type Requirement,
  type TherapyClass,
  type TherapyClassId,
} from "@/lib/therapies";

/** Every class the seed text names, by the id the catalogue gives it. */
const SEED_CLASSES: readonly TherapyClassId[] = [
  "glucocorticoids",
  "ppar-agonists",
  "s1p1-agonists",
  "cox-inhibitors",
  "antioxidants",
  "anti-tnf",
  "ivig",
  "ace-inhibitors-arbs",
  "ccr-inhibitors",
  "ampk-agonists",
  "ox40-blockade",
  "jak-stat-inhibitors",
  "macrolides",
  "vitamin-c-e",
  "catecholamine-synthesis-inhibition",
];

/** THERAPIES.md, "Standard of care": class id → agents that must be named. */
const STANDARD_OF_CARE: Readonly<Record<string, readonly string[]>> = {
  "il6-blockade": ["tocilizumab", "siltuximab"],
  glucocorticoids: ["dexamethasone", "methylprednisolone"],
  "il1-blockade": ["anakinra"],
  "ifng-blockade": ["emapalumab"],
  "jak-stat-inhibitors": ["ruxolitinib", "baricitinib"],
  "etoposide-hlh": ["etoposide"],
};

/** Sentences of the seed text the mechanisms must not copy (../shared/seed). */
const SEED_SENTENCES = [
  "Immune modulators, including glucocorticoids, peroxisome proliferator-activated receptor agonists, sphingosine-1-phosphate receptor agonists, cyclooxygenase inhibitors, and antioxidants, anti-tumor necrosis factor treatment, intravenous immunoglobulin, angiotensin-converting enzyme inhibitors, CCR inhibitors, adenosine monophosphate-activated protein kinase agonists, OX40 mAb, cytokine signal transduction inhibitors, macrolide antibiotics, and free radical scavengers such as vitamin C and vitamin E can be administered.",
  "Researches have shown that cytokine release is related to catecholamines such as epinephrine, and limit of its synthesis can effectively control the occurrence of CRS and can reduce cytokine production and increase survival rates without affecting the therapeutic effect.",
  "Tyrosine hydroxylase (TH), the key rate-limiting enzyme in catecholamine synthesis, can be antagonized by metyrosine (MTR), an antihypertensive medication in clinical practices.",
  "TNF-α can cause flu-like symptoms similar to that caused by IFN-γ, with fever, general malaise, and fatigue, and can also cause watery diarrhea, vascular leakage, cardiomyopathy, and lung injury.",
];

/** A dose in any common unit: "mg/kg", "5 mg", "units/kg", "0.25 g", "IU", "µg". */
const DOSE = /mg\/kg|units?\/kg|\bmg\b|\bmcg\b|µg|\bIU\b|\d\s*g\b|\d\s*mg/i;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]+/g) ?? [];
}

function sharesRun(a: string, b: string, length: number): boolean {
  const runs = new Set<string>();
  const wa = words(a);
  for (let i = 0; i + length <= wa.length; i++) runs.add(wa.slice(i, i + length).join(" "));
  const wb = words(b);
  for (let i = 0; i + length <= wb.length; i++) if (runs.has(wb.slice(i, i + length).join(" "))) return true;
  return false;
}

function allText(c: TherapyClass): string[] {
  return [c.name, c.mechanism, ...c.examples, ...c.notes, ...c.evidence.flatMap((line) => [line.summary, line.indication.words])];
}

describe("therapy catalogue", () => {
  test.each(SEED_CLASSES)("includes the seed class %s, marked as seed", (id) => {
    const c = therapyClass(id);
    expect(c.seedClass).toBe(true);
  });

  test("marks as seed classes only those the seed names", () => {
    expect(THERAPY_CLASSES.filter((c) => c.seedClass).map((c) => c.id).sort()).toEqual([...SEED_CLASSES].sort());
  });

  test.each(Object.entries(STANDARD_OF_CARE))("includes %s as standard of care naming %j", (id, agents) => {
    const c = therapyClass(id as TherapyClassId);
    expect(c.standardOfCare).toBe(true);
    for (const agent of agents) expect(c.examples.some((e) => e.includes(agent))).toBe(true);
  });

  test("keeps both names of the merged JAK class visible", () => {
    expect(therapyClass("jak-stat-inhibitors").name).toMatch(/JAK inhibition/);
    expect(therapyClass("jak-stat-inhibitors").name).toMatch(/cytokine signal transduction/);
  });

  test("gives each class a unique id", () => {
    const ids = THERAPY_CLASSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  test.each(THERAPY_CLASSES.map((c) => [c.id, c] as const))("%s has a mechanism, examples, ≥ 1 evidence line and ≥ 1 source", (_id, c) => {
    expect(c.mechanism.length).toBeGreaterThan(20);
    expect(c.examples.length).toBeGreaterThan(0);
    expect(c.evidence.length).toBeGreaterThan(0);
    expect(c.sources.length).toBeGreaterThan(0);
    for (const line of c.evidence) expect(line.sources.length).toBeGreaterThan(0);
  });

  test("cites only sources the registry holds", () => {
    const missing = THERAPY_CLASSES.flatMap((c) => [...c.sources, ...c.evidence.flatMap((l) => l.sources)]).filter((k) => !isSourceKey(k));
    expect(missing).toEqual([]);
  });

  test("lists every evidence source among the class's sources", () => {
    for (const c of THERAPY_CLASSES) for (const line of c.evidence) for (const key of line.sources) expect(c.sources).toContain(key);
  });

  test("uses only the four tier words, the known directions and the five patterns", () => {
    for (const line of THERAPY_CLASSES.flatMap((c) => c.evidence)) {
      expect(EVIDENCE_TIERS).toContain(line.tier);
      expect(EVIDENCE_DIRECTIONS).toContain(line.direction);
      expect(PATTERNS).toContain(line.pattern);
    }
    expect(EVIDENCE_TIERS).toEqual(["approved", "guideline", "clinical studies", "preclinical"]);
  });

  test("names the indication of every evidence line, in words and as requirements (issue 27)", () => {
    for (const c of THERAPY_CLASSES) {
      for (const line of c.evidence) {
        expect(line.indication.words.length, `${c.id}: ${line.summary}`).toBeGreaterThan(5);
        expect(Array.isArray(line.indication.requires)).toBe(true);
      }
    }
  });

  test("every approval asks more of the case than its pattern: the label's condition, severity, line or population", () => {
    for (const c of THERAPY_CLASSES) for (const line of c.evidence.filter((l) => l.tier === "approved")) expect(line.indication.requires.length, c.id).toBeGreaterThan(0);
  });

  test("the sepsis pattern starts with antimicrobials and source control; CRS with supportive care (issue 27)", () => {
    expect(therapyClass("antimicrobials-source-control").evidence.map((l) => [l.pattern, l.tier, l.sources])).toEqual([["sepsis", "guideline", ["evans-2021"]]]);
    expect(therapyClass("supportive-care").evidence.find((l) => l.pattern === "crs-iec")?.sources).toEqual(["santomasso-2021"]);
    expect(THERAPY_CLASSES.slice(0, 2).map((c) => c.id)).toEqual(["supportive-care", "antimicrobials-source-control"]);
  });

  test("backs every 'approved' line with a regulator's approval", () => {
    for (const line of THERAPY_CLASSES.flatMap((c) => c.evidence).filter((l) => l.tier === "approved")) {
      expect(line.sources.some((k) => k.startsWith("fda-"))).toBe(true);
    }
  });

  test.each(THERAPY_CLASSES.map((c) => [c.id, c] as const))("%s never mentions a dose", (_id, c) => {
    for (const text of allText(c)) expect(text).not.toMatch(DOSE);
  });

  test("the dose pattern catches the usual ways of writing a dose", () => {
    for (const dose of ["8 mg/kg", "6 mg once daily", "500 mg", "4 units/kg", "0.25 g", "50mg"]) expect(dose).toMatch(DOSE);
    for (const safe of ["44.5 % vs 38.5 %", "27 children", "48 h after infection", "day 28", "IgG", "immunoglobulin"]) expect(safe).not.toMatch(DOSE);
  });

  test.each(THERAPY_CLASSES.map((c) => [c.id, c] as const))("%s describes its mechanism in its own words, not the seed's", (_id, c) => {
    for (const sentence of SEED_SENTENCES) expect(sharesRun(c.mechanism, sentence, 6)).toBe(false);
  });
});

describe("negative and harmful evidence is shown", () => {
  function line(id: TherapyClassId, source: string) {
    const found = therapyClass(id).evidence.find((l) => l.sources.some((k) => k === source));
    if (found === undefined) throw new Error(`${id} has no line citing ${source}`);
    return found;
  }

  test("vitamin C in sepsis (LOVIT) is shown as harm", () => {
    const l = line("vitamin-c-e", "lamontagne-2022");
    expect(l.pattern).toBe("sepsis");
    expect(l.direction).toBe("harm");
    expect(l.summary).toMatch(/harm/i);
    expect(l.summary).toContain("44.5 % vs 38.5 %");
  });

  test("vitamin E is marked as having no source", () => {
    expect(therapyClass("vitamin-c-e").notes.join(" ")).toMatch(/no source for vitamin E/i);
  });

  test("ACE inhibitors/ARBs in COVID-19 (REMAP-CAP) are shown as probable harm", () => {
    const l = line("ace-inhibitors-arbs", "lawler-2023");
    expect(l.direction).toBe("harm");
    expect(l.summary).toMatch(/harm/i);
  });

  test("infliximab in COVID-19 (ACTIV-1 IM) is shown as no benefit on the primary outcome", () => {
    const l = line("anti-tnf", "o-halloran-2023");
    expect(l.direction).toBe("no benefit");
    expect(l.summary).toMatch(/did not shorten/);
  });

  test("N-acetylcysteine in severe COVID-19 is shown as a negative trial", () => {
    const l = line("antioxidants", "de-alencar-2021");
    expect(l.direction).toBe("no benefit");
    expect(l.summary).toMatch(/negative/);
  });

  test.each([
    ["macrolides", "recovery-azithromycin-2021"],
    ["ivig", "davey-2019"],
    ["ccr-inhibitors", "o-halloran-2023"],
  ] as const)("%s shows its null trial (%s)", (id, source) => {
    expect(line(id, source).direction).toBe("no benefit");
  });

  test("catecholamine synthesis inhibition with metyrosine is preclinical for CRS", () => {
    const l = line("catecholamine-synthesis-inhibition", "staedtke-2018");
    expect(l.pattern).toBe("crs-iec");
    expect(l.tier).toBe("preclinical");
    expect(therapyClass("catecholamine-synthesis-inhibition").examples).toContain("metyrosine");
  });
});

describe("labels and disclaimer", () => {
  test("names the patterns as THERAPIES.md does", () => {
    expect(PATTERN_LABELS).toEqual({
      "crs-iec": "CRS after immune effector cells",
      icans: "ICANS (neurotoxicity after immune effector cells)",
      hlh: "HLH",
      mas: "MAS",
      "covid-19": "COVID-19 hyperinflammation",
      "viral-hyperinflammation": "hyperinflammation in another viral infection (e.g. influenza)",
      sepsis: "sepsis-associated",
    });
  });

  test("the disclaimer says education only, no diagnosis, no advice, no doses, the team decides", () => {
    expect(THERAPY_DISCLAIMER).toMatch(/educational/i);
    expect(THERAPY_DISCLAIMER).toMatch(/not a diagnosis/i);
    expect(THERAPY_DISCLAIMER).toMatch(/not treatment advice/i);
    expect(THERAPY_DISCLAIMER).toMatch(/doses are never shown/i);
    expect(THERAPY_DISCLAIMER).toMatch(/treating team and local protocols/i);
  });
});

/**
 * Issue 29: a number in an indication's words is one its requirements hold, so a changed requirement
 * cannot leave its words behind. Years and names with digits (ASCO 2021, HLH-94, COVID-19, H3N2,
 * IL-6) cite a source, not a number of the case.
 */
describe("every number in an indication's words comes from its requirements", () => {
  /** Numbers the source states about itself, not about the case (the line asks nothing of it): said once, here. */
  const SOURCE_STATEMENTS = [
    "supportive care alone at grade 1", // ASCO 2021's grade 1 rows; the supportive-care lines hold at any grade
    "antimicrobials within 3 hours", // SSC 2021's timing for possible sepsis without shock
    "series of 10", // the size of the one leronlimab case series
    "HLH-94 from week 9", // when HLH-94 adds ciclosporin
  ];

  const NUMBER = /(?<![\p{L}\p{N}-])\d+(?:\.\d+)?(?![\p{L}\p{N}-])/gu;
  const YEAR = /^(19|20)\d\d$/;
  const numbersIn = (text: string): number[] => (text.match(NUMBER) ?? []).filter((n) => !YEAR.test(n)).map(Number);

  /** What a requirement holds: grade bounds (no `max`: up to grade 4, Lee 2019), age bounds, the numbers of a not-recorded text. */
  function held(requirement: Requirement): number[] {
    switch (requirement.kind) {
      case "crs-grade":
      case "icans-grade":
        return [requirement.min, requirement.max ?? 4];
      case "age":
        return [requirement.min, requirement.below].filter((n) => n !== undefined);
      case "not-recorded":
        return numbersIn(requirement.what);
      case "any-of":
        return requirement.of.flatMap(held);
      case "setting":
      case "finding":
      case "oxygen":
      case "vasopressor":
        return [];
    }
  }

  /** The numbers in the words that no requirement holds and no source statement explains. */
  function unexplained(indication: Indication): number[] {
    const words = SOURCE_STATEMENTS.reduce((text, statement) => text.replace(statement, ""), indication.words);
    const allowed = indication.requires.flatMap(held);
    return numbersIn(words).filter((n) => !allowed.includes(n));
  }

  const lines = THERAPY_CLASSES.flatMap((c) => c.evidence.map((l) => [`${c.id}: ${l.indication.words}`, l.indication] as const));

  test.each(lines)("%s", (_name, indication) => {
    expect(unexplained(indication)).toEqual([]);
  });

  test("a retyped number fails: words that no longer say what the requirement holds", () => {
    expect(unexplained({ words: "CRS grade 3–4 after CAR T cells", requires: [{ kind: "crs-grade", min: 2 }] })).toEqual([3]);
    expect(unexplained({ words: "children aged 2 and over", requires: [{ kind: "age", min: 3 }] })).toEqual([2]);
    expect(unexplained({ words: "HLH under 18 years", requires: [] })).toEqual([18]);
    expect(unexplained({ words: "fever over 3 days", requires: [{ kind: "not-recorded", what: "whether fever has persisted over 5 days" }] })).toEqual([3]);
  });

  test("citations are not numbers of the case: years and names with digits", () => {
    expect(unexplained({ words: "adults in hospital with H3N2 influenza or COVID-19 (ACTIV-1 IM, HLH-2004, FDA 2022)", requires: [] })).toEqual([]);
  });

  test.each(SOURCE_STATEMENTS)("the source statement %j is still in some line's words (the list cannot go stale)", (statement) => {
    expect(lines.some(([, indication]) => indication.words.includes(statement))).toBe(true);
  });

  /** The lines whose numbers are generated, with the words the label or guideline gives (unchanged by the generation). */
  test.each([
    ["il6-blockade", "severe or life-threatening CRS induced by CAR T cells, adults and children aged 2 and over (FDA 2017), read here as ASTCT grade 3–4"],
    ["il6-blockade", "CRS grade 2 and above after CAR T cells, or grade 1 with fever persisting over 3 days or refractory (ASCO 2021)"],
    ["il6-blockade", "CRS grade 2 and above after CAR T cells, as an alternative to tocilizumab (CARTOX 2018)"],
    ["glucocorticoids", "CRS grade 3–4 after CAR T cells, with tocilizumab (ASCO 2021)"],
    ["glucocorticoids", "moderate to severe ICANS, grade 2 and above (ASCO 2021; at grade 2 without concurrent CRS, considered for high-risk products or patients)"],
    ["glucocorticoids", "HLH under 18 years, not after immune effector cells (the HLH-94/HLH-2004 protocols)"],
    ["etoposide-hlh", "HLH under 18 years, not after immune effector cells (HLH-94/HLH-2004 induction)"],
    ["calcineurin-inhibition", "HLH under 18 years, not after immune effector cells (HLH-94 from week 9, HLH-2004 from the start)"],
    ["ivig", "MIS-C — multisystem inflammation after SARS-CoV-2 in people under 21 (ACR guidance); not adult COVID-19"],
  ] as const)("%s: %s", (id, words) => {
    expect(therapyClass(id).evidence.map((l) => l.indication.words)).toContain(words);
  });
});
