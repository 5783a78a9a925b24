/**
 * The instrument modules (lib/scores/<id>/index.ts) against their contract: the criteria a rule
 * judges are exactly the criteria its module publishes, each published threshold is stated in the
 * criterion's words in its published unit, and the words are the paper's.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateAssessment } from "@/lib/assessment";
import { INSTRUMENTS, INSTRUMENT_IDS, criterionWords, instrumentOf, thresholdsFor, type InstrumentResult } from "@/lib/scores";
import type { MAS_2016 } from "@/lib/scores/mas-2016";
import { publishedFigure } from "@/lib/units";
import { assessmentArbitrary } from "../arbitraries";

describe("each rule judges exactly the criteria its module publishes", () => {
  test.each(INSTRUMENT_IDS)("%s", (id) => {
    const judged = new Set<string>();
    for (const input of fc.sample(assessmentArbitrary(), { numRuns: 300, seed: 29 })) {
      const checked = validateAssessment(input);
      if (checked.ok) for (const c of INSTRUMENTS[id].score(checked.assessment).criteria) judged.add(c.id);
    }
    expect([...judged].sort()).toEqual(Object.keys(INSTRUMENTS[id].criteria).sort());
  });

  test("a misspelt criterion id does not compile (checked by tsc)", () => {
    type MasCriterion = InstrumentResult<keyof typeof MAS_2016.criteria>["criteria"][number]["id"];
    // @ts-expect-error — "feritin" is not a MAS-2016 criterion
    const misspelt: MasCriterion = "feritin";
    const spelt: MasCriterion = "ferritin";
    expect([misspelt, spelt]).toEqual(["feritin", "ferritin"]);
  });
});

describe("a criterion's words state every threshold it compares against, in the published unit", () => {
  const cases = INSTRUMENT_IDS.flatMap((id) =>
    Object.entries(instrumentOf(id).criteria).flatMap(([criterion, { published, thresholds }]) =>
      thresholds.map(({ threshold }) => ({ id, criterion, published, number: publishedFigure(threshold.value, threshold.decimals), unit: threshold.unit })),
    ),
  );

  test.each(cases)("$id $criterion: $number $unit", ({ published, number, unit }) => {
    expect(published).toContain(number);
    expect(published).toContain(unit);
  });
});

describe("the words are the paper's (../shared/clinical/INSTRUMENTS.md)", () => {
  test.each([
    ["mas-2016", "ferritin", "Ferritin > 684 ng/mL (required)"],
    ["mas-2016", "platelets", "Platelets ≤ 181 ×10⁹/L"],
    ["mas-2016", "ast", "AST > 48 U/L"],
    ["mas-2016", "triglycerides", "Triglycerides > 156 mg/dL"],
    ["mas-2016", "fibrinogen", "Fibrinogen ≤ 360 mg/dL"],
    ["qsofa", "respiratory-rate", "Respiratory rate ≥ 22/min"],
    ["qsofa", "systolic-bp", "Systolic blood pressure ≤ 100 mmHg"],
    ["astct-crs", "fever", "Fever ≥ 38.0 °C not attributable to another cause (grade 1 by itself)"],
    [
      "astct-crs",
      "hypotension",
      "Hypotension not attributable to another cause: not requiring vasopressors → grade 2; one vasopressor with or without vasopressin → 3; several vasopressors (vasopressin excluded) → 4",
    ],
    [
      "astct-crs",
      "hypoxia",
      "Hypoxia not attributable to another cause: low-flow oxygen (nasal cannula ≤ 6 L/min, blow-by) → grade 2; high-flow (nasal cannula > 6 L/min, HFNC, facemask, non-rebreather, Venturi) → 3; positive pressure (CPAP, BiPAP, ventilation) → 4",
    ],
    ["astct-icans", "ice", "ICE score (age ≥ 12): 7–9 → grade 1; 3–6 → 2; 0–2 → 3"],
    ["astct-icans", "capd", "CAPD total (age < 12): 1–8 → grade 1 (consciousness decides 1 or 2); ≥ 9 → 3"],
    ["astct-icans", "consciousness", "Depressed consciousness: awakens spontaneously → 1; to voice → 2; only to touch → 3; unarousable, stupor or coma → 4"],
  ] as const)("%s %s", (id, criterion, words) => {
    expect(criterionWords(id, criterion)).toBe(words);
  });

  test("the thresholds: MAS-2016 needs ferritin and 2 of the 4 laboratory criteria; qSOFA ≥ 2 of 3", () => {
    expect(INSTRUMENTS["mas-2016"].threshold).toBe("ferritin > 684 ng/mL and ≥ 2 of 4 laboratory criteria");
    expect(INSTRUMENTS.qsofa.threshold).toBe("≥ 2 of 3 in adults: consider sepsis");
  });
});

describe("thresholdsFor: the thresholds published on one field, instrument by instrument", () => {
  test("ferritin: HScore's bands, HLH-2004, cHIS and MAS-2016, in the result page's order", () => {
    expect(thresholdsFor("labs.ferritinNgPerMl").map((t) => [t.instrument, t.threshold.comparison, t.threshold.value])).toEqual([
      ["hscore", ">=", 2000],
      ["hscore", ">", 6000],
      ["hlh-2004", ">=", 500],
      ["chis", ">=", 700],
      ["mas-2016", ">", 684],
    ]);
  });

  test("temperature includes MAS-2016's reading of febrile, which is not a criterion", () => {
    expect(thresholdsFor("vitals.temperatureMaxC").filter((t) => t.instrument === "mas-2016")).toEqual([
      { instrument: "mas-2016", threshold: { path: "vitals.temperatureMaxC", comparison: ">=", value: 38, unit: "°C", decimals: 1 } },
    ]);
  });
});
