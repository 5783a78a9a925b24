/**
 * Issue 27, proof: in every built-in scenario (each stage of an unfolding one), scored from its
 * answer key, every therapy class shows the tier of an indication the case meets — or says, in
 * words, that the case is outside it or that the data do not settle it. No class sits under a tier
 * whose indication the case does not meet.
 */
import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin";
import { scenarioStages } from "@/lib/scenarios/stages";
import { screen } from "@/lib/screen";
import { lineStatement, matchSummary, therapyClass, type TherapyClassId } from "@/lib/therapies";
import { tierGroupOf } from "@/lib/therapies/groups";

const cases = builtinScenarios().flatMap((scenario) => scenarioStages(scenario).map((stage) => [`${scenario.id} stage ${stage.number}`, stage.answerKey] as const));

describe.each(cases)("%s", (_name, answerKey) => {
  const screening = screen(answerKey);

  test("each class's shown tier is that of a line whose indication the case meets, named beside it", () => {
    for (const t of screening.therapies) {
      if (t.strongestTier === null) {
        expect(t.indication, t.id).toBeNull();
        continue;
      }
      const shown = t.lines.filter((l) => l.met === true && l.tier === t.strongestTier && l.indication === t.indication);
      expect(shown.length, t.id).toBeGreaterThan(0);
      // No line the case meets is stronger than the one shown.
      const order = ["approved", "guideline", "clinical studies", "preclinical"];
      const strongestMet = Math.min(...t.lines.filter((l) => l.met === true).map((l) => order.indexOf(l.tier)));
      expect(order.indexOf(t.strongestTier), t.id).toBe(strongestMet);
      expect(matchSummary(t), t.id).toContain(t.indication);
    }
  });

  test("a class with no indication met says so in words and sits under no tier", () => {
    for (const t of screening.therapies.filter((x) => x.strongestTier === null)) {
      const summary = matchSummary(t);
      expect(summary, t.id).toMatch(/^Outside the approved indication: .* — here: .+\.$| — not this case: .+\.$| — only if the case (meets|matches)/);
      expect(["indication open", "outside indication"], t.id).toContain(tierGroupOf(t));
    }
  });

  test("every evidence line shown names its indication and what of the case decided it", () => {
    for (const t of screening.therapies) {
      for (const l of t.lines) {
        expect(l.indication.length, t.id).toBeGreaterThan(5);
        if (l.met !== true) expect(l.here.length, `${t.id}: ${l.indication}`).toBeGreaterThan(3);
        expect(lineStatement(l), t.id).toContain(l.indication);
      }
    }
  });

  test("every class listed has a line for the screening's patterns", () => {
    for (const t of screening.therapies) {
      expect(t.lines.length, t.id).toBeGreaterThan(0);
      expect(therapyClass(t.id as TherapyClassId).evidence.length).toBeGreaterThanOrEqual(t.lines.length);
    }
  });
});

describe("the cases issue 27 names", () => {
  const stage = (id: string, number = 1) => {
    const scenario = builtinScenarios().find((s) => s.id === id)!;
    return screen(scenarioStages(scenario)[number - 1]!.answerKey);
  };
  const tierOf = (s: ReturnType<typeof screen>, id: string) => s.therapies.find((t) => t.id === id);

  test("a grade-1 fever after CAR T cells: tocilizumab is not 'Approved'; supportive care comes first", () => {
    const s = stage("cart-crs-grade-1");
    expect(s.therapies[0]?.id).toBe("supportive-care");
    expect(tierOf(s, "il6-blockade")?.strongestTier).toBeNull();
  });

  test("HLH-like features after CAR T cells: no HLH-94/2004 guideline tier, no emapalumab approval", () => {
    const s = stage("cart-iec-hs-differential");
    for (const id of ["etoposide-hlh", "calcineurin-inhibition", "ifng-blockade"]) expect(tierOf(s, id)?.strongestTier, id).toBeNull();
  });

  test("adult EBV-HLH: emapalumab is outside its approval", () => {
    expect(tierOf(stage("ebv-secondary-hlh"), "ifng-blockade")?.strongestTier).toBeNull();
  });

  test("MAS in systemic JIA: glucocorticoids before IFN-γ blockade", () => {
    const ids = stage("sjia-mas-2016").therapies.map((t) => t.id);
    expect(ids.indexOf("glucocorticoids")).toBeLessThan(ids.indexOf("ifng-blockade"));
  });

  test("adult COVID-19: IVIG is outside (MIS-C); dexamethasone is guideline care on oxygen", () => {
    const s = stage("covid-hyperinflammation-chis");
    expect(tierOf(s, "ivig")?.strongestTier).toBeNull();
    expect(s.therapies[0]).toMatchObject({ id: "glucocorticoids", strongestTier: "guideline" });
  });

  test("sepsis: antimicrobials and source control above any immunomodulator", () => {
    expect(stage("sepsis-mimic-urosepsis").therapies[0]?.id).toBe("antimicrobials-source-control");
  });
});
