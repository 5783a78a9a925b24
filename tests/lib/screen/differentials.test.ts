/**
 * Issue 15: isolated ICANS is its own pattern (glucocorticoids first, IL-6 blockade only with CRS),
 * the ICANS differential names its mimics, cHIS makes a pattern only in COVID-19, and HLH-like
 * features after immune effector cells show IEC-HS as a differential — without criteria of its own.
 */
import { describe, expect, test } from "vitest";
import { DIFFERENTIAL_RULES, noTherapiesReason, screen } from "@/lib/screen";
import { builtinScenarios } from "@/lib/scenarios/builtin";
import { assessment, knownWith } from "../fixtures";

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
  test("isolated ICANS: pattern icans, supportive care then glucocorticoids (ASCO 2021), no IL-6 blockade", () => {
    const s = screen(ISOLATED_ICANS);
    expect(s.patterns).toEqual(["icans"]);
    expect(s.therapies.map((t) => t.id)).toEqual(["supportive-care", "glucocorticoids", "il1-blockade"]);
  });

  test("ICANS with CRS grade 1: both patterns, and IL-6 blockade is back (for the CRS) after supportive care, its indication not met at grade 1", () => {
    const s = screen(ICANS_WITH_CRS);
    expect(s.patterns).toEqual(["crs-iec", "icans"]);
    expect(s.therapies[0]?.id).toBe("supportive-care");
    const il6 = s.therapies.find((t) => t.id === "il6-blockade");
    expect(il6).toBeDefined();
    expect(il6?.strongestTier).not.toBe("approved");
  });

  test("ICANS with CRS grade 3 (one vasopressor, no other cause): IL-6 blockade at a guideline tier, named with its indication", () => {
    const s = screen(knownWith({ neuro: { iceScore: 5 }, vitals: { temperatureMaxC: 38.5, hypotension: true, vasopressorsExcludingVasopressin: 1 } }));
    const il6 = s.therapies.find((t) => t.id === "il6-blockade")!;
    expect(il6.strongestTier).toBe("guideline");
    expect(il6.indication).toMatch(/CRS/);
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

/**
 * Issue 27 item 2: after immune effector cells, fever, hypotension or hypoxia — present, or masked by
 * antipyretic or anti-cytokine therapy — opens the differentials with infection (ASCO 2021). The
 * baseline (knownWith) is after immune effector cells, 54 years old, every sign known absent.
 */
describe("infection first after immune effector cells", () => {
  const because = (s: ReturnType<typeof screen>) => s.differentials.find((d) => d.id === "infection-first")?.because;

  test.each([
    { temperatureMaxC: 38.0, fires: true },
    { temperatureMaxC: 37.9, fires: false },
  ])("temperature $temperatureMaxC °C at the ASTCT threshold (≥ 38.0): fires = $fires", ({ temperatureMaxC, fires }) => {
    const s = screen(knownWith({ vitals: { temperatureMaxC } }));
    expect(shown(s).includes("infection-first")).toBe(fires);
    if (fires) expect(because(s)).toBe("After immune effector cell therapy: temperature 38.0 °C (fever ≥ 38.0 °C).");
  });

  test("on one vasopressor, afebrile, no masking: fires and says so", () => {
    const s = screen(knownWith({ vitals: { hypotension: null, vasopressorsExcludingVasopressin: 1 } }));
    expect(because(s)).toBe("After immune effector cell therapy: on 1 vasopressor.");
  });

  test("vasopressin alone implies hypotension", () => {
    expect(because(screen(knownWith({ vitals: { hypotension: null, vasopressin: true } })))).toBe("After immune effector cell therapy: on vasopressin.");
  });

  test("hypotension for age from blood pressure", () => {
    expect(because(screen(knownWith({ context: { ageYears: 4 }, vitals: { hypotension: null, systolicBpMmHg: 65, diastolicBpMmHg: 40 } })))).toBe(
      "After immune effector cell therapy: hypotension for age (systolic 65 mmHg). Paediatric sepsis criteria differ from qSOFA (the Phoenix Sepsis Criteria, Schlapbach 2024).",
    );
  });

  test("hypoxia: any oxygen opens it", () => {
    expect(because(screen(knownWith({ vitals: { oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: 2 } })))).toBe(
      "After immune effector cell therapy: oxygen by nasal cannula.",
    );
    expect(because(screen(knownWith({ vitals: { oxygenDevice: "cpap" } })))).toBe("After immune effector cell therapy: oxygen by CPAP.");
  });

  test("ventilation recorded as only protecting the airway is not hypoxia", () => {
    expect(shown(screen(knownWith({ vitals: { oxygenDevice: "mechanical-ventilation", intubatedForAirwayProtection: true } })))).not.toContain("infection-first");
  });

  test("antipyretic or anti-cytokine therapy given and nothing else: fires, fever may be masked", () => {
    const s = screen(knownWith({ context: { antipyreticOrAnticytokineGiven: true } }));
    expect(because(s)).toBe("After immune effector cell therapy: temperature 37.0 °C after antipyretic or anti-cytokine therapy, which can mask fever and CRP.");
  });

  test("the review's case: day 10, 37.2 °C after paracetamol, one vasopressor — infection first, listed first", () => {
    const s = screen(knownWith({ context: { daysSinceInfusion: 10, antipyreticOrAnticytokineGiven: true }, vitals: { temperatureMaxC: 37.2, hypotension: null, vasopressorsExcludingVasopressin: 1 } }));
    expect(s.differentials[0]?.id).toBe("infection-first");
    expect(because(s)).toBe(
      "After immune effector cell therapy: on 1 vasopressor; temperature 37.2 °C after antipyretic or anti-cytokine therapy, which can mask fever and CRP.",
    );
  });

  test("the clinician's hypotension on a vasopressor, put down to another cause, with fever masked: still infection first", () => {
    const s = screen(
      knownWith({
        context: { antipyreticOrAnticytokineGiven: true },
        vitals: { temperatureMaxC: 37.2, hypotension: true, vasopressorsExcludingVasopressin: 1, hypotensionOtherCause: true },
      }),
    );
    expect(s.differentials[0]?.id).toBe("infection-first");
    expect(because(s)).toBe(
      "After immune effector cell therapy: on 1 vasopressor, put down to another cause; temperature 37.2 °C after antipyretic or anti-cytokine therapy, which can mask fever and CRP.",
    );
  });

  test("fever with antipyretic or anti-cytokine therapy given: both named", () => {
    expect(because(screen(knownWith({ context: { antipyreticOrAnticytokineGiven: true }, vitals: { temperatureMaxC: 38.4 } })))).toBe(
      "After immune effector cell therapy: temperature 38.4 °C (fever ≥ 38.0 °C); antipyretic or anti-cytokine therapy given, which can mask fever and CRP.",
    );
  });

  test("a sign put down to another cause is still a sign", () => {
    const s = screen(
      knownWith({
        context: { feverOtherCause: true },
        vitals: { temperatureMaxC: 38.6, hypotension: true, hypotensionOtherCause: true, oxygenDevice: "simple-facemask", hypoxiaOtherCause: true },
      }),
    );
    expect(because(s)).toBe(
      "After immune effector cell therapy: temperature 38.6 °C (fever ≥ 38.0 °C, put down to another cause); hypotension, put down to another cause; oxygen by simple facemask, put down to another cause.",
    );
  });

  test("not after immune effector cells: never, whatever the signs", () => {
    for (const setting of ["covid-19", "viral-infection", "suspected-sepsis", "rheumatologic", "malignancy", "other"] as const) {
      const s = screen(knownWith({ context: { setting, daysSinceInfusion: null, antipyreticOrAnticytokineGiven: true }, vitals: { temperatureMaxC: 39.5, hypotension: null, vasopressorsExcludingVasopressin: 2, oxygenDevice: "non-rebreather" } }));
      expect(shown(s)).not.toContain("infection-first");
    }
  });

  test("setting unknown: not shown (the rule is for immune effector cell therapy)", () => {
    const s = screen(assessment({ context: { ageYears: 50 }, vitals: { temperatureMaxC: 39 } }));
    expect(shown(s)).not.toContain("infection-first");
  });

  test("all three absent and no masking: not shown", () => {
    expect(shown(screen(knownWith({})))).not.toContain("infection-first");
  });

  test("everything unknown after immune effector cells: not shown — an unknown sign is not a present one", () => {
    const s = screen(assessment({ context: { setting: "immune-effector-cell-therapy" } }));
    expect(shown(s)).not.toContain("infection-first");
    // qSOFA (age unknown: applicable) still prompts that it is incomplete.
    expect(s.differentials.find((d) => d.id === "sepsis")?.because).toBe("qSOFA is incomplete (0–3 of 3).");
  });

  test("unknown beside a present sign: only the present one is named", () => {
    const s = screen(assessment({ context: { setting: "immune-effector-cell-therapy" }, vitals: { temperatureMaxC: 39.1 } }));
    expect(because(s)).toBe("After immune effector cell therapy: temperature 39.1 °C (fever ≥ 38.0 °C).");
  });

  test("a child: says that paediatric sepsis criteria differ", () => {
    const s = screen(knownWith({ context: { ageYears: 4 }, vitals: { temperatureMaxC: 38.9 } }));
    expect(because(s)).toBe(
      "After immune effector cell therapy: temperature 38.9 °C (fever ≥ 38.0 °C). Paediatric sepsis criteria differ from qSOFA (the Phoenix Sepsis Criteria, Schlapbach 2024).",
    );
  });

  test("comes first whenever it fires, before the HLH, ICANS and IEC-HS differentials", () => {
    expect(DIFFERENTIAL_RULES[0]!.id).toBe("infection-first");
    const s = screen(knownWith({ ...HLH_LIKE, neuro: { iceScore: 5 } }));
    expect(shown(s)[0]).toBe("infection-first");
    expect(shown(s)).toEqual(expect.arrayContaining(["hlh-mas", "icans", "iec-hs"]));
  });

  test("teaches cultures and imaging before CRS, neutropenic sepsis, and masking — citing ASCO 2021", () => {
    const r = rule("infection-first");
    expect(r.text).toMatch(/cultures and imaging come before fever, hypotension or hypoxia is put down to CRS/);
    expect(r.text).toMatch(/neutropenic/);
    expect(r.text).toMatch(/Antipyretics, corticosteroids and IL-6 blockade \(tocilizumab\) mask fever and lower CRP/);
    expect(r.sources).toContain("santomasso-2021");
  });
});

/** Issue 27 item 3: qSOFA is for adults; under 18 it prompts nothing. */
describe("the sepsis differential and qSOFA's age", () => {
  const sepsis = (s: ReturnType<typeof screen>) => s.differentials.find((d) => d.id === "sepsis")?.because;
  /** The review's child: 4 years old, 85/50 mmHg, respiratory rate 30, altered mentation — qSOFA would be 3. */
  const child = (over: { setting?: "immune-effector-cell-therapy" | "suspected-sepsis" | "malignancy"; ageYears?: number } = {}) =>
    knownWith({
      context: { setting: over.setting ?? "malignancy", ageYears: over.ageYears ?? 4, daysSinceInfusion: null },
      vitals: { hypotension: null, systolicBpMmHg: 85, diastolicBpMmHg: 50, respiratoryRatePerMin: 30 },
      findings: { alteredMentation: true },
    });

  test("4-year-old at 85/50, RR 30, altered mentation: qSOFA not applicable and no sepsis prompt from it", () => {
    const s = screen(child());
    const q = s.instruments.find((r) => r.id === "qsofa")!;
    expect([q.applicable, q.meetsThreshold]).toEqual([false, true]);
    expect(shown(s)).not.toContain("sepsis");
    expect(s.patterns).not.toContain("sepsis");
  });

  test("an open qSOFA in a child prompts nothing either", () => {
    const s = screen(knownWith({ context: { setting: "malignancy", ageYears: 4, daysSinceInfusion: null }, vitals: { respiratoryRatePerMin: null } }));
    expect(s.instruments.find((r) => r.id === "qsofa")!.meetsThreshold).toBe(false);
    const open = screen(knownWith({ context: { setting: "malignancy", ageYears: 4, daysSinceInfusion: null }, vitals: { respiratoryRatePerMin: null, systolicBpMmHg: 85, diastolicBpMmHg: 50 } }));
    expect(open.instruments.find((r) => r.id === "qsofa")!.meetsThreshold).toBeNull();
    expect(shown(open)).not.toContain("sepsis");
  });

  test("the same signs at 18: qSOFA applies and prompts a sepsis work-up", () => {
    const s = screen(child({ ageYears: 18 }));
    expect(s.instruments.find((r) => r.id === "qsofa")!.applicable).toBe(true);
    expect(sepsis(s)).toBe("qSOFA 3 of 3 (≥ 2 prompts a sepsis work-up in adults).");
  });

  test("age unknown: applicable (kept) and the prompt says the age is not recorded", () => {
    const a = assessment({ context: { setting: "malignancy" }, vitals: { systolicBpMmHg: 85, diastolicBpMmHg: 50, respiratoryRatePerMin: 30 }, findings: { alteredMentation: true } });
    expect(sepsis(screen(a))).toBe("qSOFA 3 of 3 (≥ 2 prompts a sepsis work-up in adults; the age is not recorded).");
  });

  test("a child in the suspected-sepsis setting: the prompt says paediatric criteria differ", () => {
    expect(sepsis(screen(child({ setting: "suspected-sepsis" })))).toBe(
      "The setting is suspected sepsis. Paediatric sepsis criteria differ from qSOFA (the Phoenix Sepsis Criteria, Schlapbach 2024).",
    );
    expect(sepsis(screen(child({ setting: "suspected-sepsis", ageYears: 40 })))).toBe("qSOFA 3 of 3 (≥ 2 prompts a sepsis work-up in adults).");
  });

  test("the built-in 4-year-old after CAR-T (cart-crs-child-normal-bp): infection first, no qSOFA prompt", () => {
    const s = screen(builtinScenarios().find((x) => x.id === "cart-crs-child-normal-bp")!.answerKey);
    expect(s.instruments.find((r) => r.id === "qsofa")!.applicable).toBe(false);
    expect(shown(s)).toEqual(["infection-first"]);
    expect(s.differentials[0]!.because).toMatch(/Paediatric sepsis criteria differ from qSOFA/);
  });
});

/** Issue 27 item 5: "No instrument meets its threshold" only when it is true. */
describe("why no therapy class is listed", () => {
  const scenario = (id: string) => builtinScenarios().find((s) => s.id === id)!;

  test("the APL case (ISTH overt DIC 6, level consistent): names ISTH DIC, never 'No instrument meets'", () => {
    const s = screen(scenario("apl-overt-dic").answerKey);
    expect([s.level, s.therapies.length]).toEqual(["consistent", 0]);
    const reason = noTherapiesReason(s.instruments);
    expect(reason).toBe("ISTH DIC meets its threshold but names no pattern that therapy classes are listed for: see the differentials.");
    expect(reason).not.toMatch(/No (applicable )?instrument meets/);
  });

  test("nothing met and nothing open: no applicable instrument meets its threshold", () => {
    const s = screen(knownWith({}));
    expect(s.level).toBe("not-flagged");
    expect(noTherapiesReason(s.instruments)).toBe("No applicable instrument meets its threshold, so no pattern is named and no therapy classes are listed.");
  });

  test("nothing met yet, something open: says 'yet'", () => {
    const s = screen(assessment({}));
    expect(s.level).toBe("incomplete");
    expect(noTherapiesReason(s.instruments)).toMatch(/^No applicable instrument meets its threshold yet/);
  });

  test("a met instrument that does not apply is not 'meets' (the child's qSOFA)", () => {
    const s = screen(knownWith({ context: { setting: "malignancy", ageYears: 4, daysSinceInfusion: null }, vitals: { systolicBpMmHg: 85, diastolicBpMmHg: 50, respiratoryRatePerMin: 30 } }));
    expect(s.therapies).toEqual([]);
    expect(noTherapiesReason(s.instruments)).toMatch(/^No applicable instrument meets its threshold/);
  });
});
