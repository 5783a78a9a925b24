/**
 * Issue 15: isolated ICANS is its own pattern (glucocorticoids first, IL-6 blockade only with CRS),
 * the ICANS differential names its mimics, cHIS makes a pattern only in COVID-19, and HLH-like
 * features after immune effector cells show IEC-HS as a differential — without criteria of its own.
 */
import { describe, expect, test } from "vitest";
import { DIFFERENTIAL_RULES, screen } from "@/lib/screen";
import { builtinScenarios } from "@/lib/scenarios/builtin";
import { knownWith } from "../fixtures";

const rule = (id: string) => DIFFERENTIAL_RULES.find((r) => r.id === id)!;
const shown = (s: ReturnType<typeof screen>) => s.differentials.map((d) => d.id);

/** ICE 5 (grade 2), afebrile, no anti-cytokine therapy: ICANS without CRS. */
const ISOLATED_ICANS = knownWith({ neuro: { iceScore: 5 } });
/** The same with fever 38.5 °C: CRS grade 1 as well. */
const ICANS_WITH_CRS = knownWith({ neuro: { iceScore: 5 }, vitals: { temperatureMaxC: 38.5 } });

/** HScore 49 + 38 + 34 + 50 + 44 + 30 + 19 = 264 (≥ 169), HLH-2004 6 of 8: HLH-like features. */
const HLH_LIKE = {
  vitals: { temperatureMaxC: 39.6 },
  findings: { hepatomegaly: true, splenomegaly: true },
  labs: {
    hemoglobinGPerDl: 7.8, leukocytesE9PerL: 1.1, neutrophilsE9PerL: 0.4, plateletsE9PerL: 22, ferritinNgPerMl: 48000,
    triglyceridesMmolPerL: 3.2, fibrinogenGPerL: 1.1, astUPerL: 210, solubleCd25UPerMl: 9800,
  },
} as const;

describe("ICANS is its own pattern", () => {
  test("isolated ICANS: pattern icans, glucocorticoids first, no IL-6 blockade", () => {
    const s = screen(ISOLATED_ICANS);
    expect(s.patterns).toEqual(["icans"]);
    expect(s.therapies.map((t) => t.id)).toEqual(["glucocorticoids", "il1-blockade"]);
  });

  test("ICANS with CRS: both patterns, and IL-6 blockade is back (for the CRS)", () => {
    const s = screen(ICANS_WITH_CRS);
    expect(s.patterns).toEqual(["crs-iec", "icans"]);
    expect(s.therapies[0]?.id).toBe("il6-blockade");
  });

  test("the ICANS differential names its mimics from the sources and says IL-6 blockade is for concurrent CRS", () => {
    const icans = rule("icans");
    expect(icans.text).toMatch(/sedating medication/);
    expect(icans.text).toMatch(/non-convulsive seizures/);
    expect(icans.text).toMatch(/hyponatraemia/);
    expect(icans.text).toMatch(/IL-6 blockade appears there only for concurrent CRS/);
    expect(icans.sources).toEqual(["lee-2019", "santomasso-2021"]);
    expect(shown(screen(ISOLATED_ICANS))).toContain("icans");
  });
});

describe("cHIS makes a pattern in COVID-19 only", () => {
  const hyperinflamed = { vitals: { temperatureMaxC: 39 }, labs: { ferritinNgPerMl: 2000, il6PgPerMl: 80 } } as const;

  test("COVID-19: cHIS 3 applies and names the COVID-19 pattern, with the COVID-19 trials", () => {
    const s = screen(knownWith({ ...hyperinflamed, context: { setting: "covid-19", daysSinceInfusion: null } }));
    expect(s.patterns).toEqual(["covid-19"]);
    expect(s.therapies.map((t) => t.id)).toContain("ace-inhibitors-arbs");
  });

  test("another virus: cHIS would meet but does not apply, so no COVID-19 trial is listed", () => {
    const s = screen(knownWith({ ...hyperinflamed, context: { setting: "viral-infection", daysSinceInfusion: null } }));
    const c = s.instruments.find((r) => r.id === "chis")!;
    expect([c.applicable, c.meetsThreshold]).toEqual([false, true]);
    expect(c.applicability).toMatch(/applies to COVID-19 only/);
    expect(s.patterns).not.toContain("covid-19");
    expect(s.therapies.map((t) => t.id)).not.toContain("ace-inhibitors-arbs");
  });
});

describe("IEC-HS differential", () => {
  test("HLH-like features after immune effector cells: IEC-HS shown, with Hines 2023 and why", () => {
    const s = screen(knownWith(HLH_LIKE));
    expect(shown(s)).toContain("iec-hs");
    expect(s.differentials.find((d) => d.id === "iec-hs")?.because).toBe(
      "After immune effector cell therapy, HScore 264 (≥ 169) and HLH-2004 6 of 8 criteria (≥ 5, or a molecular diagnosis).",
    );
    expect(rule("iec-hs").sources).toContain("hines-2023");
  });

  test("says HScore and HLH-2004 were not derived for it, and applies no IEC-HS criteria or grades", () => {
    const text = rule("iec-hs").text;
    expect(text).toMatch(/HScore and HLH-2004 were not derived after immune effector cell therapy/);
    expect(text).toMatch(/could not be read/);
    expect(text.replace(/Hines 2023|HLH-2004/g, "")).not.toMatch(/\d/); // no threshold, no grade
  });

  test("not shown outside immune effector cell therapy, nor without HLH-like features", () => {
    expect(shown(screen(knownWith({ ...HLH_LIKE, context: { setting: "malignancy", daysSinceInfusion: null } })))).not.toContain("iec-hs");
    expect(shown(screen(knownWith({})))).not.toContain("iec-hs");
  });

  test("one instrument enough: HScore ≥ 169 with HLH-2004 below 5", () => {
    // HLH-2004 without the spleen and with sCD25 below 2400: fever, cytopenias, triglycerides, ferritin = 4 (marrow and NK known normal in the baseline).
    const s = screen(knownWith({ ...HLH_LIKE, findings: { hepatomegaly: true, splenomegaly: false }, labs: { ...HLH_LIKE.labs, solubleCd25UPerMl: 1000 } }));
    const [h, hlh] = ["hscore", "hlh-2004"].map((id) => s.instruments.find((r) => r.id === id)!);
    expect([h!.meetsThreshold, hlh!.meetsThreshold]).toEqual([true, false]);
    expect(s.differentials.find((d) => d.id === "iec-hs")?.because).toMatch(/^After immune effector cell therapy, HScore \d+ \(≥ 169\)\.$/);
  });
});

describe("the issue-15 built-in scenarios", () => {
  const scenario = (id: string) => builtinScenarios().find((s) => s.id === id)!;

  test("cart-iec-hs-differential shows IEC-HS beside the HLH differential", () => {
    expect(shown(screen(scenario("cart-iec-hs-differential").answerKey))).toEqual(expect.arrayContaining(["hlh-mas", "iec-hs"]));
  });

  test("cart-icans-isolated names the ICANS pattern only and lists no IL-6 blockade", () => {
    const s = screen(scenario("cart-icans-isolated").answerKey);
    expect(s.patterns).toEqual(["icans"]);
    expect(s.therapies.map((t) => t.id)).not.toContain("il6-blockade");
  });

  test("ebv-secondary-hlh lists no COVID-19 trial: cHIS does not apply to EBV", () => {
    const s = screen(scenario("ebv-secondary-hlh").answerKey);
    expect(s.patterns).toEqual(["hlh"]);
    expect(s.therapies.map((t) => t.id)).not.toContain("ace-inhibitors-arbs");
  });
});
