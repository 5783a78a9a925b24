/**
 * Result wording (issue 15, item 8): an instrument that does not apply "would meet", never "meets";
 * when one unknown answer decides the result, the answer and the result for each are named.
 */
import { describe, expect, test } from "vitest";
import { astctCrs, astctIcans, chis, hscore } from "@/lib/scores";
import { conditionsInWords, decidesAtAGlance, decidingAnswer, decidingAnswerSentence, resultInWords, verdict } from "@/lib/screen";
import { knownWith } from "../fixtures";

describe("verdict", () => {
  test("an applicable instrument at its threshold meets it", () => {
    expect(verdict(astctCrs(knownWith({ vitals: { temperatureMaxC: 38.0 } })))).toBe("Meets the published threshold");
  });

  test("an instrument that does not apply would meet it — shown for teaching", () => {
    const notApplicable = chis(knownWith({ vitals: { temperatureMaxC: 39 }, labs: { ferritinNgPerMl: 2000, il6PgPerMl: 80 } }));
    expect(notApplicable.applicable).toBe(false);
    expect(notApplicable.meetsThreshold).toBe(true);
    expect(verdict(notApplicable)).toBe("Would meet the published threshold — shown for teaching, does not apply here");
    expect(verdict(notApplicable)).not.toMatch(/^Meets/);
  });

  test("below, and not yet decided, read the same whether or not it applies", () => {
    expect(verdict(astctCrs(knownWith({})))).toBe("Below the published threshold");
    // 49 (> 39.4 °C) + 38 (both organs) known; ferritin and triglycerides unknown could add 114: 87–201 straddles 169.
    const open = hscore(knownWith({ labs: { ferritinNgPerMl: null, triglyceridesMmolPerL: null }, vitals: { temperatureMaxC: 39.6 }, findings: { hepatomegaly: true, splenomegaly: true } }));
    expect(verdict(open)).toMatch(/^Not yet decided/);
  });
});

describe("decidingAnswer", () => {
  /** Fever 38.5 °C, high-flow oxygen; whether the fever has another cause is unknown. */
  const feverCauseUnknown = knownWith({
    context: { feverOtherCause: null },
    vitals: { temperatureMaxC: 38.5, oxygenDevice: "high-flow-nasal-cannula" },
  });

  test("fever of unknown cause with no hypoxia decides CRS grade 1 or 0: named with each answer", () => {
    const r = astctCrs(knownWith({ context: { feverOtherCause: null }, vitals: { temperatureMaxC: 38.5 } }));
    expect([r.min, r.max, r.missing]).toEqual([0, 1, ["context.feverOtherCause"]]);
    const d = decidingAnswer(knownWith({ context: { feverOtherCause: null }, vitals: { temperatureMaxC: 38.5 } }), r);
    expect(d?.outcomes).toEqual([
      { when: [[{ field: "context.feverOtherCause", answer: "yes" }]], result: "grade 0", meets: false },
      { when: [[{ field: "context.feverOtherCause", answer: "no" }]], result: "grade 1", meets: true },
    ]);
    expect(decidesAtAGlance(d!)).toBe(true);
  });

  test("says “grade 3 if the fever is not attributable to another cause” in the form's words", () => {
    const r = astctCrs(feverCauseUnknown);
    const d = decidingAnswer(feverCauseUnknown, r);
    expect(d).not.toBeNull();
    // High-flow oxygen grades 3 with fever; without fever (no anti-cytokine therapy) the grade is 0.
    expect(decidingAnswerSentence(d!)).toBe("Grade 0 if “Fever attributable to another cause” is yes; grade 3 if “Fever attributable to another cause” is no.");
  });

  test("a choice field lists its options, those with the same result together", () => {
    // ICE 8 is ICANS grade 1 on its own; the level of consciousness is unknown.
    const a = knownWith({ neuro: { iceScore: 8, consciousness: null } });
    const r = astctIcans(a);
    expect(r.missing).toEqual(["neuro.consciousness"]);
    expect(decidingAnswer(a, r)?.outcomes.map((o) => [o.result, conditionsInWords(o.when)])).toEqual([
      ["grade 1", "“Level of consciousness” is Alert or Drowsy, awakens spontaneously"],
      ["grade 2", "“Level of consciousness” is Awakens to voice"],
      ["grade 3", "“Level of consciousness” is Awakens only to tactile stimulus"],
      ["grade 4", "“Level of consciousness” is Unarousable, or needs vigorous or repetitive tactile stimuli (stupor, coma)"],
    ]);
  });

  test("two open attributions on one vasopressor: the conditional reading names both, in the fewest words", () => {
    const a = knownWith({ context: { feverOtherCause: null }, vitals: { temperatureMaxC: 39.2, hypotension: true, vasopressorsExcludingVasopressin: 1, hypotensionOtherCause: null } });
    const r = astctCrs(a);
    expect(r.missing).toEqual(["context.feverOtherCause", "vitals.hypotensionOtherCause"]);
    const d = decidingAnswer(a, r)!;
    expect(d.fields).toEqual(["context.feverOtherCause", "vitals.hypotensionOtherCause"]);
    const fever = "“Fever attributable to another cause”";
    const hypotension = "“Hypotension attributable to another cause (e.g. sepsis, bleeding, sedation)”";
    // Fever with another cause: grade 0 whatever the hypotension (no anti-cytokine therapy), so it stands alone.
    expect(d.outcomes.map((o) => [o.result, conditionsInWords(o.when)])).toEqual([
      ["grade 0", `${fever} is yes`],
      ["grade 1", `${fever} is no and ${hypotension} is yes`],
      ["grade 3", `${fever} is no and ${hypotension} is no`],
    ]);
    expect(decidingAnswerSentence(d)).toBe(`Grade 0 if ${fever} is yes; grade 1 if ${fever} is no and ${hypotension} is yes; grade 3 if ${fever} is no and ${hypotension} is no.`);
  });

  test("afebrile after paracetamol on a vasopressor: CRS before the drug decides grade 0 or 3", () => {
    const a = knownWith({ context: { antipyreticOrAnticytokineGiven: true, crsBeforeTherapy: null }, vitals: { temperatureMaxC: 37.2, hypotension: true, vasopressorsExcludingVasopressin: 1 } });
    expect(decidingAnswerSentence(decidingAnswer(a, astctCrs(a))!)).toBe(
      "Grade 3 if “CRS (fever with no other cause) was present before the antipyretic or anti-cytokine therapy” is yes; grade 0 if “CRS (fever with no other cause) was present before the antipyretic or anti-cytokine therapy” is no.",
    );
  });

  test("nothing to say when the result is settled, when a number decides it, or when more than two fields are open", () => {
    const settled = knownWith({ vitals: { temperatureMaxC: 38.5 } });
    expect(decidingAnswer(settled, astctCrs(settled))).toBeNull();
    const byNumber = knownWith({ vitals: { temperatureMaxC: null } });
    expect(astctCrs(byNumber).missing).toEqual(["vitals.temperatureMaxC"]);
    expect(decidingAnswer(byNumber, astctCrs(byNumber))).toBeNull();
    const several = knownWith({ context: { feverOtherCause: null }, vitals: { temperatureMaxC: 38.5, oxygenDevice: null } });
    expect(astctCrs(several).missing.length).toBeGreaterThan(2);
    expect(decidingAnswer(several, astctCrs(several))).toBeNull();
  });

  test("said at a glance only when the answer decides the verdict or a grade: HScore 34 or 69 (both below 169) is left to the card", () => {
    const a = knownWith({ context: { immunosuppressed: false }, vitals: { temperatureMaxC: 37.2 }, pathology: { hemophagocytosisBoneMarrow: null } });
    const r = hscore(a);
    const d = decidingAnswer(a, r);
    expect(r.missing).toEqual(["pathology.hemophagocytosisBoneMarrow"]);
    expect(d!.outcomes.map((o) => o.meets)).toEqual([false, false]);
    expect(decidesAtAGlance(d!)).toBe(false);
  });

  test("each instrument's result is worded in its own terms", () => {
    expect(resultInWords(hscore(knownWith({})))).toMatch(/^\d+ points$/);
    expect(resultInWords(chis(knownWith({})))).toBe("0 of 6 criteria");
  });
});
