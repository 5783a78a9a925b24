import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { screen, overallLevel, LEVEL_RULE, MEDIATORS, PATTERN_ORDER, RULES_VERSION } from "@/lib/screen";
import { evidenceFor, therapiesForPatterns, therapyClass, type TherapyClassId } from "@/lib/therapies";
import { INSTRUMENTS, scoreEach, type InstrumentId, type InstrumentResult } from "@/lib/scores";
import { validateAssessment } from "@/lib/assessment";
import { assessmentArbitrary } from "../arbitraries";
import { DISCLAIMER } from "@/lib/disclaimer";
import { EVIDENCE_TIERS, THERAPY_DISCLAIMER } from "@/lib/therapies";
import { assessment, knownWith } from "../fixtures";

const byId = (s: ReturnType<typeof screen>, id: string) => s.instruments.find((r) => r.id === id)!;

describe("overall level (crs-screen's own rule)", () => {
  const result = (over: Partial<InstrumentResult>): InstrumentResult =>
    ({ id: "hscore", name: "HScore", value: 100, min: 100, max: 100, threshold: "≥ 169 points", meetsThreshold: false, applicable: true, applicability: "", criteria: [], missing: [], source: "fardet-2014", notes: [], ...over }) as InstrumentResult;

  test("consistent when an applicable instrument meets its threshold, with the criteria met as reasons", () => {
    const s = screen(knownWith({ vitals: { temperatureMaxC: 38.5 } }));
    expect(s.level).toBe("consistent");
    expect(s.levelReasons.map((r) => r.instrument)).toEqual(["astct-crs"]);
    expect(s.levelReasons[0]!.details).toContain("fever");
  });

  test("reason texts name the instrument, its value or range, and the threshold it meets, could reach or is below", () => {
    expect(overallLevel([result({ value: 100, min: 100, max: 100 })]).reasons[0]!.text).toBe("HScore 100, below ≥ 169 points.");
    expect(overallLevel([result({ value: 180, min: 180, max: 180, meetsThreshold: true })]).reasons[0]!.text).toBe("HScore 180 meets ≥ 169 points.");
    expect(overallLevel([result({ value: null, min: 100, max: 200, meetsThreshold: null })]).reasons[0]!.text).toBe("HScore 100–200 could still reach ≥ 169 points.");
    expect(overallLevel([result({ value: 2.5, min: 2.5, max: 2.5 })]).reasons[0]!.text).toBe("HScore 2.5, below ≥ 169 points.");
  });

  test("scoreEach lists every instrument in INSTRUMENTS order, each under its own id", () => {
    const byInstrument = scoreEach(knownWith({}));
    expect(Object.keys(byInstrument)).toEqual(Object.keys(INSTRUMENTS));
    for (const [id, r] of Object.entries(byInstrument)) expect(r.id).toBe(id);
  });

  test("an instrument that is not applicable never makes the level", () => {
    expect(overallLevel([result({ meetsThreshold: true, applicable: false })]).level).toBe("not-flagged");
  });

  test("qSOFA never counts, even when met", () => {
    expect(overallLevel([result({ id: "qsofa", meetsThreshold: true })]).level).toBe("not-flagged");
  });

  test("incomplete when none meets yet but one still could, naming the data that would complete it", () => {
    const level = overallLevel([result({ value: null, min: 120, max: 200, meetsThreshold: null, missing: ["labs.triglyceridesMmolPerL"] })]);
    expect(level.level).toBe("incomplete");
    expect(level.reasons[0]!.text).toBe("HScore 120–200 could still reach ≥ 169 points.");
    expect(level.reasons[0]!.details).toEqual(["labs.triglyceridesMmolPerL"]);
  });

  test("not flagged when every applicable instrument is settled below its threshold", () => {
    const s = screen(knownWith({}));
    expect(s.level).toBe("not-flagged");
    expect(s.levelReasons.length).toBeGreaterThan(0);
  });

  test("an empty assessment is incomplete, never 'not flagged' (unknown is not normal)", () => {
    expect(screen(assessment({})).level).toBe("incomplete");
  });

  test("the level rule says it is crs-screen's own", () => {
    expect(LEVEL_RULE).toContain("not a published instrument");
  });
});

describe("mechanisms (cytokine → signs)", () => {
  test("lists, per mediator, the signs observed, looked for and absent, and not assessed", () => {
    const s = screen(assessment({ vitals: { temperatureMaxC: 39 }, context: { feverOtherCause: false }, findings: { chills: true, headache: false } }));
    const ifn = s.mechanisms.find((m) => m.id === "ifn-gamma")!;
    expect(ifn.observed).toEqual(["fever", "chills"]);
    expect(ifn.absent).toEqual(["headache"]);
    expect(ifn.notAssessed).toEqual(["dizziness", "fatigue"]);
  });

  test("an oxygen need counts as lung injury for TNF-α", () => {
    const s = screen(assessment({ vitals: { oxygenDevice: "non-rebreather" } }));
    expect(s.mechanisms.find((m) => m.id === "tnf-alpha")!.observed).toContain("lung-injury");
  });

  test("endothelial dysfunction shows hypotension derived from blood pressure", () => {
    const s = screen(assessment({ context: { ageYears: 40 }, vitals: { systolicBpMmHg: 82, vasopressorsExcludingVasopressin: 0, vasopressin: false } }));
    expect(s.mechanisms.find((m) => m.id === "endothelial-dysfunction")!.observed).toContain("hypotension");
  });

  describe("coagulopathy needs coagulation data, not platelets alone", () => {
    const coagulopathy = (labs: Record<string, unknown>, findings: Record<string, unknown> = {}) =>
      screen(knownWith({ labs, findings })).mechanisms.find((m) => m.id === "endothelial-dysfunction")!.observed.includes("coagulopathy");
    test("platelets 40 ×10⁹/L with normal coagulation tests: no coagulopathy sign", () => expect(coagulopathy({ plateletsE9PerL: 40 })).toBe(false));
    test.each([
      ["PT prolonged 3 s (ISTH)", { ptProlongationSeconds: 3 }, true],
      ["PT prolonged 2.9 s", { ptProlongationSeconds: 2.9 }, false],
      ["fibrinogen 0.99 g/L (ISTH < 1.0)", { fibrinogenGPerL: 0.99 }, true],
      ["fibrinogen 1.0 g/L", { fibrinogenGPerL: 1.0 }, false],
      ["D-dimer 1500 ng/mL FEU (cHIS ≥ 1.5 µg/mL)", { dDimerNgPerMlFeu: 1500 }, true],
      ["D-dimer 1499 ng/mL FEU", { dDimerNgPerMlFeu: 1499 }, false],
      ["a strong fibrin-marker increase (ISTH)", { fibrinMarkerIncrease: "strong" }, true],
      ["a moderate fibrin-marker increase", { fibrinMarkerIncrease: "moderate" }, false],
    ])("%s → %s", (_name, labs, expected) => expect(coagulopathy(labs)).toBe(expected));
    test("bleeding counts", () => expect(coagulopathy({}, { bleeding: true })).toBe(true));
  });

  test("IL-6 links to DIC through the ISTH score", () => {
    const dic = knownWith({ labs: { plateletsE9PerL: 40, fibrinMarkerIncrease: "strong", ptProlongationSeconds: 2 } }); // 2 + 3 + 0 = 5
    expect(screen(dic).mechanisms.find((m) => m.id === "il-6")!.observed).toContain("dic");
  });

  test("catecholamines are taught as a mechanism with its source, with no signs to judge", () => {
    const cat = screen(assessment({})).mechanisms.find((m) => m.id === "catecholamines")!;
    expect(cat.observed).toEqual([]);
    expect(MEDIATORS.find((m) => m.id === "catecholamines")!.sources).toEqual(["staedtke-2018"]);
  });
});

describe("differentials and disagreements", () => {
  test("qSOFA ≥ 2 brings sepsis to mind", () => {
    const s = screen(knownWith({ vitals: { respiratoryRatePerMin: 24, systolicBpMmHg: 95, diastolicBpMmHg: 60 } }));
    expect(byId(s, "qsofa").value).toBe(2);
    expect(s.differentials.map((d) => d.id)).toContain("sepsis");
  });

  test("a settled qSOFA below 2 in another setting does not", () => {
    expect(screen(knownWith({})).differentials.map((d) => d.id)).not.toContain("sepsis");
  });

  test("HScore ≥ 169 with HLH-2004 < 5 is called out as a disagreement", () => {
    // HScore 49 + 38 + 34 + 50 + 44 + 30 + 19 = 264 (≥ 169); HLH-2004 only 3 of 8 (below its own cut-offs):
    const a = knownWith({
      vitals: { temperatureMaxC: 39.5 },
      findings: { hepatomegaly: true, splenomegaly: true },
      labs: { hemoglobinGPerDl: 9.1, leukocytesE9PerL: 4.9, plateletsE9PerL: 105, neutrophilsE9PerL: 2, ferritinNgPerMl: 6100, triglyceridesMmolPerL: 2.9, fibrinogenGPerL: 2.4, astUPerL: 40, solubleCd25UPerMl: 1000 },
    });
    const s = screen(a);
    expect(byId(s, "hscore").meetsThreshold).toBe(true);
    expect(byId(s, "hlh-2004").value).toBe(3); // fever, splenomegaly, ferritin (cytopenias 0 of 3 below HLH cut-offs; TG < 3.0)
    expect(s.disagreements).toHaveLength(1);
    expect(s.disagreements[0]).toContain("disagree");
  });
});

describe("therapy classes", () => {
  test("follow the patterns the met instruments point to, standard of care first", () => {
    const s = screen(knownWith({ vitals: { temperatureMaxC: 39, hypotension: true, systolicBpMmHg: 85, diastolicBpMmHg: 50 } }));
    expect(s.patterns).toEqual(["crs-iec"]);
    expect(s.therapies.length).toBeGreaterThan(0);
    expect(therapyClass(s.therapies[0]!.id as TherapyClassId).standardOfCare).toBe(true);
    expect(s.therapies.every((t) => evidenceFor(therapyClass(t.id as TherapyClassId), s.patterns).length > 0)).toBe(true);
  });

  test("each pattern's instruments stand together, so the first naming instrument orders the patterns as the first met one does", () => {
    const ids = Object.keys(INSTRUMENTS) as InstrumentId[];
    for (const pattern of PATTERN_ORDER) {
      const at = ids.flatMap((id, i) => (INSTRUMENTS[id].pattern === pattern ? [i] : []));
      expect(at[at.length - 1]! - at[0]!, pattern).toBe(at.length - 1);
    }
  });

  test("patterns in the order of the first met instrument, and the catalogue's classes for them, on random assessments", () => {
    fc.assert(
      fc.property(assessmentArbitrary("any"), (input) => {
        const result = validateAssessment(input);
        if (!result.ok) throw new Error("the arbitrary made an invalid assessment");
        const s = screen(result.assessment);
        const met = s.instruments.filter((r) => r.applicable && r.meetsThreshold === true).map((r) => INSTRUMENTS[r.id].pattern);
        const patterns = [...new Set(met.filter((p) => p !== null))];
        expect(s.patterns).toEqual(patterns);
        // The classes are the catalogue's for these patterns; each shows the strongest tier among the
        // lines whose indication this case meets (null when none does), with that line's indication.
        expect(s.therapies.map((t) => t.id).toSorted()).toEqual(therapiesForPatterns(patterns).map((t) => t.id).toSorted());
        for (const t of s.therapies) {
          const met = t.lines.filter((l) => l.met === true);
          if (met.length === 0) {
            expect([t.strongestTier, t.indication]).toEqual([null, null]);
            continue;
          }
          const strongest = met.toSorted((a, b) => EVIDENCE_TIERS.indexOf(a.tier) - EVIDENCE_TIERS.indexOf(b.tier))[0]!;
          expect(t.strongestTier).toBe(strongest.tier);
          expect(met.filter((l) => l.tier === t.strongestTier).map((l) => l.indication)).toContain(t.indication);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("no pattern, no therapy classes", () => {
    const s = screen(knownWith({}));
    expect(s.patterns).toEqual([]);
    expect(s.therapies).toEqual([]);
  });

  test("carry the disclaimers: education, not orders", () => {
    const s = screen(assessment({}));
    expect(s.therapyDisclaimer).toBe(THERAPY_DISCLAIMER);
    expect(s.disclaimer).toContain(DISCLAIMER.heading);
    expect(s.rulesVersion).toBe(RULES_VERSION);
  });
});

describe("language", () => {
  test("the screening never claims a diagnosis", () => {
    const text = JSON.stringify(screen(knownWith({ vitals: { temperatureMaxC: 39.6 } })));
    expect(text).not.toMatch(/\byou have\b/i);
    expect(text).not.toMatch(/\bdiagnosed\b/i);
  });
});
