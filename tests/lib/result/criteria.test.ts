import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateAssessment, type Assessment } from "@/lib/assessment";
import { encephalopathyTotals, enteredValues, fieldHref, iceTotal, thresholdFallenOn } from "@/lib/result/criteria";
import { screen } from "@/lib/screen";
import { criterionFields } from "@/lib/scores";
import { assessmentArbitrary } from "../arbitraries";
import { assessment } from "../fixtures";

describe("the fields each criterion names (its instrument module)", () => {
  test("include every field that leaves a criterion open, for any assessment", () => {
    fc.assert(
      fc.property(assessmentArbitrary(), (input) => {
        const checked = validateAssessment(input);
        if (!checked.ok) return;
        for (const r of screen(checked.assessment).instruments) {
          for (const c of r.criteria) {
            if (!c.missing) continue;
            const listed = new Set<string>(criterionFields(r.id, c.id));
            // the ICE score has no input of its own: its items are listed
            for (const path of c.missingFields) expect(path === "neuro.iceScore" || path.startsWith("neuro.iceItems.") ? listed.has("neuro.iceItems.orientation") : listed.has(path), `${r.id}/${c.id}: ${path}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("enteredValues", () => {
  const ebv = assessment({ context: { setting: "viral-infection", ageYears: 34 }, labs: { ferritinNgPerMl: 8500, triglyceridesMmolPerL: 3.5, fibrinogenGPerL: 1.2 } });

  test("shows ferritin 8 500 ng/mL on the HScore as above 6 000", () => {
    expect(enteredValues(ebv, "hscore", "ferritin", {})).toEqual([{ path: "labs.ferritinNgPerMl", kind: "number", label: "Ferritin", text: "8\u202f500 ng/mL", threshold: "> 6\u202f000" }]);
  });

  test("states the value and the threshold in the unit chosen, with the published figure", () => {
    const [fibrinogen] = enteredValues(ebv, "mas-2016", "fibrinogen", { "labs.fibrinogenGPerL": "mg/dL" });
    expect(fibrinogen).toMatchObject({ text: "120 mg/dL", threshold: "≤ 360" });
    const [hscoreFibrinogen] = enteredValues(ebv, "hscore", "fibrinogen", { "labs.fibrinogenGPerL": "mg/dL" });
    expect(hscoreFibrinogen).toMatchObject({ text: "120 mg/dL", threshold: "≤ 250 (published 2.5 g/L)" });
  });

  test("a value below every band reads as the first band negated", () => {
    const low = assessment({ labs: { ferritinNgPerMl: 1500 } });
    expect(thresholdFallenOn(low, "hscore", "labs.ferritinNgPerMl", {})).toBe("< 2\u202f000");
  });

  test("a boundary value is judged as the instrument judges it (HScore 2000 ng/mL scores 35)", () => {
    const edge = assessment({ labs: { ferritinNgPerMl: 2000 } });
    expect(thresholdFallenOn(edge, "hscore", "labs.ferritinNgPerMl", {})).toBe("≥ 2\u202f000");
  });

  test("a field not entered has no text, so the row can say what would settle it", () => {
    expect(enteredValues(ebv, "hlh-2004", "soluble-cd25", {})).toEqual([{ path: "labs.solubleCd25UPerMl", kind: "number", label: "Soluble CD25 (sIL-2R)", text: null, threshold: null }]);
  });

  test("tri-states and choices read as words", () => {
    const a = assessment({ context: { immunosuppressed: false }, neuro: { consciousness: "awakens-to-voice" } });
    expect(enteredValues(a, "hscore", "immunosuppression", {})[0]!.text).toBe("no");
    expect(enteredValues(a, "astct-icans", "consciousness", {})[0]!.text).toBe("Awakens to voice");
  });
});

describe("encephalopathyTotals: the ICE total from 12, the CAPD total under 12, both while the age is unknown", () => {
  test("by age", () => {
    const items = { orientation: 4, naming: 3, commands: 1, writing: 0, attention: 1 };
    expect(encephalopathyTotals(assessment({ context: { ageYears: 40 }, neuro: { iceItems: items } }))).toBe("ICE total: 9 of 10.");
    expect(encephalopathyTotals(assessment({ context: { ageYears: 7 }, neuro: { capdScore: 12 } }))).toBe("CAPD total: 12 (of 0–32; ≥ 9 is grade 3).");
    expect(encephalopathyTotals(assessment({ context: { ageYears: 7 } }))).toBe("CAPD total: not recorded.");
    expect(encephalopathyTotals(assessment({ neuro: { capdScore: 4 } }))).toBe(
      "ICE total: not recorded. CAPD total: 4 (of 0–32; ≥ 9 is grade 3). Age not recorded: ICE applies from 12 years, the CAPD under 12.",
    );
  });
});

describe("iceTotal", () => {
  const withItems = (items: Record<string, number | null>): Assessment => assessment({ neuro: { iceItems: items } });

  test("a complete screen is one number", () => {
    expect(iceTotal(withItems({ orientation: 4, naming: 3, commands: 1, writing: 0, attention: 1 }))).toEqual({ text: "9 of 10", known: true });
  });

  test("an item not assessable makes a range, and says why", () => {
    expect(iceTotal(withItems({ orientation: 2, naming: 3, commands: 1, writing: null, attention: 1 }))).toEqual({ text: "7–8 of 10 (writing not assessable)", known: false });
  });

  test("no ICE at all is not recorded, never 10", () => {
    expect(iceTotal(assessment({}))).toEqual({ text: "not recorded", known: false });
  });
});

describe("fieldHref", () => {
  test("links to the field on its step", () => {
    expect(fieldHref("labs.ferritinNgPerMl")).toBe("/assess/laboratory#field-labs-ferritinNgPerMl");
    expect(fieldHref("pathology.nkActivityLowOrAbsent")).toBe("/assess/pathology#field-pathology-nkActivityLowOrAbsent");
  });

  test("the ICE score, which has no input, links to its first item", () => {
    expect(fieldHref("neuro.iceScore")).toBe("/assess/neurology#field-neuro-iceItems-orientation");
  });
});
