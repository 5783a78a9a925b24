/**
 * Issue 27: each corrected evidence line at its indication's boundary. The tier a case sees is that
 * of a line whose indication it meets; unknown is never met.
 */
import { describe, expect, test } from "vitest";
import type { Assessment } from "@/lib/assessment";
import { scoreEach } from "@/lib/scores";
import { judgeRequirement, lineStatement, matchSummary, matchTherapy, therapyClass, type CaseFacts, type LineMatch, type Pattern, type TherapyClassId } from "@/lib/therapies";
import { tierGroupOf } from "@/lib/therapies/groups";
import { knownWith } from "../fixtures";

const facts = (assessment: Assessment): CaseFacts => ({ assessment, results: scoreEach(assessment) });
const match = (id: TherapyClassId, patterns: readonly Pattern[], assessment: Assessment) => matchTherapy(therapyClass(id), patterns, facts(assessment));
/** The judged line of a class whose indication words contain `words`. */
function line(id: TherapyClassId, patterns: readonly Pattern[], assessment: Assessment, words: string): LineMatch {
  const found = match(id, patterns, assessment).lines.find((l) => l.indication.includes(words));
  if (found === undefined) throw new Error(`${id} has no line for "${words}"`);
  return found;
}

/** Fever 39 °C after immune effector cells, fully known: grade 1 as is. */
const CRS = { vitals: { temperatureMaxC: 39 } } as const;
const GRADE_1 = knownWith(CRS);
/** Hypotension not needing vasopressors: grade 2. */
const GRADE_2 = knownWith({ vitals: { temperatureMaxC: 39, hypotension: true, systolicBpMmHg: 85, diastolicBpMmHg: 50 } });
/** One vasopressor: grade 3 ("severe"). */
const GRADE_3_VITALS = { temperatureMaxC: 39, hypotension: true, systolicBpMmHg: 85, diastolicBpMmHg: 50, vasopressorsExcludingVasopressin: 1 } as const;
const GRADE_3 = knownWith({ vitals: GRADE_3_VITALS });

describe("tocilizumab after CAR T cells: 'severe or life-threatening' read as ASTCT grade 3–4", () => {
  const approval = "severe or life-threatening CRS";

  test("grade 1: outside the approval, in words, and never grouped under Approved", () => {
    expect(scoreEach(GRADE_1)["astct-crs"].value).toBe(1);
    const l = line("il6-blockade", ["crs-iec"], GRADE_1, approval);
    expect(l.met).toBe(false);
    expect(l.here).toBe("ASTCT CRS grade 1");
    expect(lineStatement(l)).toMatch(/^Approved for severe or life-threatening CRS .* — outside this approval here: ASTCT CRS grade 1\.$/);
    const m = match("il6-blockade", ["crs-iec"], GRADE_1);
    expect(m.strongestTier).toBeNull();
    expect(m.indication).toBeNull();
    expect(tierGroupOf(m)).not.toBe("approved");
    expect(matchSummary(m)).toMatch(/^Outside the approved indication: severe or life-threatening CRS .* — here: ASTCT CRS grade 1\.$/);
  });

  test("grade 1: ASCO's 'persistent or refractory fever' keeps the guideline line open, not met", () => {
    const l = line("il6-blockade", ["crs-iec"], GRADE_1, "CRS grade 2 and above");
    expect(l.met).toBeNull();
    expect(l.here).toMatch(/not recorded: whether fever at grade 1 has persisted over 3 days or is refractory/);
  });

  test("grade 2: still outside the approval; ASCO 2021's guideline line is met and shown", () => {
    expect(line("il6-blockade", ["crs-iec"], GRADE_2, approval)).toMatchObject({ met: false, here: "ASTCT CRS grade 2" });
    const m = match("il6-blockade", ["crs-iec"], GRADE_2);
    expect(m.strongestTier).toBe("guideline");
    expect(m.indication).toMatch(/^CRS grade 2 and above after CAR T cells/);
  });

  test("grade 3: the grade meets the approval; what caused the CRS is not recorded, so it stays open", () => {
    const l = line("il6-blockade", ["crs-iec"], GRADE_3, approval);
    expect(l.met).toBeNull();
    expect(l.here).toMatch(/^not recorded: whether CAR T cells caused the CRS/);
    expect(match("il6-blockade", ["crs-iec"], GRADE_3).strongestTier).toBe("guideline");
  });

  test("grade 3 under 2 years: outside the approval by age", () => {
    expect(line("il6-blockade", ["crs-iec"], knownWith({ vitals: GRADE_3_VITALS, context: { ageYears: 1 } }), approval)).toMatchObject({ met: false });
  });
});

describe("dexamethasone in COVID-19: guideline care on oxygen, not without it", () => {
  const covid = { context: { setting: "covid-19", daysSinceInfusion: null } } as const;
  const onOxygen = knownWith({ ...covid, vitals: { oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: 4 } });
  const roomAir = knownWith(covid);

  test("on a nasal cannula: guideline (WHO 2020, RECOVERY)", () => {
    const m = match("glucocorticoids", ["covid-19"], onOxygen);
    expect(m.strongestTier).toBe("guideline");
    expect(m.indication).toMatch(/^COVID-19 needing supplemental oxygen or ventilation/);
  });

  test("on room air: the guideline line is outside; the no-benefit trial line is the one met", () => {
    expect(line("glucocorticoids", ["covid-19"], roomAir, "needing supplemental oxygen")).toMatchObject({ met: false, here: "no supplemental oxygen (room air)" });
    const m = match("glucocorticoids", ["covid-19"], roomAir);
    expect(m.strongestTier).toBe("clinical studies");
    expect(tierGroupOf(m)).toBe("no benefit or harm");
  });

  test("on room air with SpO₂ below 90 %: open, not 'no oxygen'", () => {
    const l = line("glucocorticoids", ["covid-19"], knownWith({ ...covid, vitals: { spo2Percent: 86 } }), "needing supplemental oxygen");
    expect(l.met).toBeNull();
    expect(l.here).toMatch(/room air with SpO₂ 86 %/);
  });

  test("oxygen device unknown: open", () => {
    expect(line("glucocorticoids", ["covid-19"], knownWith({ ...covid, vitals: { oxygenDevice: null } }), "needing supplemental oxygen").met).toBeNull();
  });
});

describe("emapalumab: primary HLH only, after conventional therapy", () => {
  const hlh = (molecular: boolean | null) => knownWith({ context: { setting: "viral-infection", daysSinceInfusion: null, hlhMolecularDiagnosis: molecular } });
  const approval = "primary HLH";

  test("molecular diagnosis present: still open — refractory disease or intolerance is not recorded", () => {
    const l = line("ifng-blockade", ["hlh"], hlh(true), approval);
    expect(l.met).toBeNull();
    expect(l.here).toMatch(/not recorded: whether the disease is refractory, recurrent or progressive/);
    expect(match("ifng-blockade", ["hlh"], hlh(true)).strongestTier).toBeNull();
  });

  test("molecular diagnosis looked for and absent: outside the approval (reactive HLH)", () => {
    const l = line("ifng-blockade", ["hlh"], hlh(false), approval);
    expect(l.met).toBe(false);
    expect(l.here).toBe("molecular diagnosis consistent with HLH: no");
    expect(tierGroupOf(match("ifng-blockade", ["hlh"], hlh(false)))).toBe("outside indication");
  });

  test("molecular diagnosis not recorded: open, naming it", () => {
    const l = line("ifng-blockade", ["hlh"], hlh(null), approval);
    expect(l.met).toBeNull();
    expect(l.here).toMatch(/^molecular diagnosis consistent with HLH: not recorded; not recorded: whether/);
  });

  test("after immune effector cells (IEC-HS): outside, whatever the molecular result", () => {
    expect(line("ifng-blockade", ["hlh"], knownWith({ context: { hlhMolecularDiagnosis: true } }), approval).met).toBe(false);
  });

  test("MAS in systemic JIA: the 2025 approval is second-line and open; EULAR/PReS is what the case sees, below glucocorticoids", () => {
    const sjia = knownWith({ context: { setting: "rheumatologic", daysSinceInfusion: null, ageYears: 9, sjia: true } });
    expect(line("ifng-blockade", ["mas"], sjia, "Still's disease, including systemic JIA, with an inadequate response").met).toBeNull();
    expect(match("ifng-blockade", ["mas"], sjia)).toMatchObject({ strongestTier: "guideline", indication: expect.stringMatching(/EULAR\/PReS 2024/) });
  });
});

describe("IVIG: recommended for MIS-C, not adult COVID-19", () => {
  const covid = (ageYears: number) => knownWith({ context: { setting: "covid-19", daysSinceInfusion: null, ageYears } });
  const misC = "MIS-C";

  test("an adult: outside, by age", () => {
    expect(line("ivig", ["covid-19"], covid(45), misC)).toMatchObject({ met: false, here: "age 45 years" });
    expect(matchSummary(match("ivig", ["covid-19"], covid(45)))).toMatch(/^Recommended for MIS-C .* — not this case: age 45 years\.$/);
  });

  test("20 years (under the CDC's 21): open — MIS-C itself is not recorded", () => {
    expect(line("ivig", ["covid-19"], covid(20), misC).met).toBeNull();
  });

  test("a child: open — MIS-C itself is not recorded", () => {
    const l = line("ivig", ["covid-19"], covid(8), misC);
    expect(l.met).toBeNull();
    expect(l.here).toMatch(/not recorded: whether this is MIS-C/);
  });
});

describe("HLH-94/2004 etoposide and ciclosporin: not after CAR T cells", () => {
  const afterCart = knownWith({ context: { ageYears: 12 } });
  const child = knownWith({ context: { setting: "viral-infection", daysSinceInfusion: null, ageYears: 12 } });
  const adult = knownWith({ context: { setting: "viral-infection", daysSinceInfusion: null, ageYears: 40 } });

  test.each(["etoposide-hlh", "calcineurin-inhibition"] as const)("%s: guideline for a child with HLH, outside after immune effector cells", (id) => {
    expect(match(id, ["hlh"], child).strongestTier).toBe("guideline");
    const after = match(id, ["hlh"], afterCart);
    expect(after.strongestTier).toBeNull();
    expect(after.lines.every((l) => l.met === false && /immune effector cell therapy/.test(l.here))).toBe(true);
  });

  test("adults: etoposide is expert opinion (La Rosée 2019); ciclosporin has no adult line read", () => {
    expect(match("etoposide-hlh", ["hlh"], adult).indication).toMatch(/^HLH in adults/);
    expect(match("calcineurin-inhibition", ["hlh"], adult)).toMatchObject({ strongestTier: null });
  });
});

describe("sepsis: antimicrobials and source control first; corticosteroids only in shock on vasopressors", () => {
  const sepsis = (vasopressors: number) => knownWith({ context: { setting: "suspected-sepsis", daysSinceInfusion: null }, vitals: { vasopressorsExcludingVasopressin: vasopressors, hypotension: vasopressors > 0 } });

  test("antimicrobials: met by the sepsis pattern itself", () => {
    expect(match("antimicrobials-source-control", ["sepsis"], sepsis(0)).strongestTier).toBe("guideline");
  });

  test("glucocorticoids: outside without a vasopressor, guideline with one", () => {
    expect(match("glucocorticoids", ["sepsis"], sepsis(0)).strongestTier).toBeNull();
    expect(match("glucocorticoids", ["sepsis"], sepsis(1)).strongestTier).toBe("guideline");
  });
});

describe("judgeRequirement", () => {
  const f = facts(GRADE_2);

  test("an unknown age is open, never met", () => {
    expect(judgeRequirement({ kind: "age", min: 18 }, facts(knownWith({ context: { ageYears: null } })))).toEqual({ met: null, here: "age not recorded" });
  });

  test("the age is stated with the one plural rule: a 1-year-old is \"age 1 year\", outside a line from age 2", () => {
    expect(judgeRequirement({ kind: "age", min: 2 }, facts(knownWith({ context: { ageYears: 1 } })))).toEqual({ met: false, here: "age 1 year" });
  });

  test("age bounds: min inclusive, below exclusive", () => {
    expect(judgeRequirement({ kind: "age", min: 54 }, f).met).toBe(true);
    expect(judgeRequirement({ kind: "age", below: 54 }, f).met).toBe(false);
  });

  test("a grade range that straddles the bound is open, with the range in words", () => {
    const open = facts(knownWith({ vitals: { temperatureMaxC: 39, hypotension: null, systolicBpMmHg: null, vasopressorsExcludingVasopressin: null, vasopressin: null } }));
    const v = judgeRequirement({ kind: "crs-grade", min: 3 }, open);
    expect(v.met).toBeNull();
    expect(v.here).toMatch(/^ASTCT CRS grade 1–4 with the data recorded, grade 3 or above needed$/);
  });

  test("any-of: met by one part; open when none is met and one is open", () => {
    expect(judgeRequirement({ kind: "any-of", of: [{ kind: "crs-grade", min: 2 }, { kind: "not-recorded", what: "x" }] }, f).met).toBe(true);
    expect(judgeRequirement({ kind: "any-of", of: [{ kind: "crs-grade", min: 3 }, { kind: "not-recorded", what: "x" }] }, f).met).toBeNull();
    expect(judgeRequirement({ kind: "any-of", of: [{ kind: "crs-grade", min: 3 }, { kind: "age", below: 18 }] }, f).met).toBe(false);
  });

  test("not-recorded is always open", () => {
    expect(judgeRequirement({ kind: "not-recorded", what: "whether it is refractory" }, f)).toEqual({ met: null, here: "not recorded: whether it is refractory" });
  });
});
