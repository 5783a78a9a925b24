/**
 * ASTCT CRS grade (Lee 2019) against ../shared/clinical/INSTRUMENTS.md and the contract's derived
 * values (fever, hypotension, oxygen class). Every expectation is written from the published table.
 */
import { describe, expect, test } from "vitest";
import * as fc from "fast-check";
import { astctCrs } from "@/lib/scores";
import { crsGrade, groupsThatMatter, hypotensionGrade } from "@/lib/scores/astct-crs";
import { toCanonical } from "@/lib/units";
import { knownWith } from "../fixtures";
import { criterion, VIRAL_INFECTION } from "./helpers";

const FEVER = 38.6;

describe("astctCrs", () => {
  describe("fever is ≥ 38.0 °C", () => {
    test.each([
      { celsius: 37.9, met: false, grade: 0 },
      { celsius: 38.0, met: true, grade: 1 },
      { celsius: 38.1, met: true, grade: 1 },
    ])("$celsius °C: fever met = $met, grade $grade", ({ celsius, met, grade }) => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: celsius } }));
      expect(criterion(result, "fever").met).toBe(met);
      expect(result.value).toBe(grade);
      expect(result.meetsThreshold).toBe(grade >= 1);
    });

    test("100.4 °F (= 38.0 °C) entered in °F is a fever", () => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: toCanonical("temperature", "°F", 100.4) } }));
      expect(criterion(result, "fever").met).toBe(true);
      expect(result.value).toBe(1);
    });

    test("100.2 °F (≈ 37.9 °C) entered in °F is not a fever", () => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: toCanonical("temperature", "°F", 100.2) } }));
      expect(criterion(result, "fever").met).toBe(false);
      expect(result.value).toBe(0);
    });

    test("a fever attributable to another cause is not a CRS fever: grade 0", () => {
      const result = astctCrs(knownWith({ context: { feverOtherCause: true }, vitals: { temperatureMaxC: 39.5 } }));
      expect(criterion(result, "fever").met).toBe(false);
      expect(result.value).toBe(0);
      expect(result.meetsThreshold).toBe(false);
    });

    test("a fever attributable to another cause with hypotension and hypoxia is still grade 0", () => {
      const result = astctCrs(
        knownWith({
          context: { feverOtherCause: true },
          vitals: { temperatureMaxC: 39.5, hypotension: true, oxygenDevice: "non-rebreather" },
        }),
      );
      expect(result.value).toBe(0);
    });
  });

  describe("grades 0–4 with fever", () => {
    test("fever with neither hypotension nor hypoxia is grade 1", () => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER } }));
      expect(result.value).toBe(1);
      expect(result.min).toBe(1);
      expect(result.max).toBe(1);
      expect(result.meetsThreshold).toBe(true);
    });

    test.each([
      { label: "hypotension not needing vasopressors", vitals: { hypotension: true }, grade: 2 },
      { label: "one vasopressor", vitals: { hypotension: true, vasopressorsExcludingVasopressin: 1 }, grade: 3 },
      { label: "vasopressin alone", vitals: { hypotension: true, vasopressin: true }, grade: 3 },
      {
        label: "vasopressin with one other vasopressor (vasopressin is not counted)",
        vitals: { hypotension: true, vasopressorsExcludingVasopressin: 1, vasopressin: true },
        grade: 3,
      },
      { label: "two vasopressors", vitals: { hypotension: true, vasopressorsExcludingVasopressin: 2 }, grade: 4 },
      { label: "three vasopressors", vitals: { hypotension: true, vasopressorsExcludingVasopressin: 3 }, grade: 4 },
      {
        label: "two vasopressors with vasopressin",
        vitals: { hypotension: true, vasopressorsExcludingVasopressin: 2, vasopressin: true },
        grade: 4,
      },
    ] as const)("fever with $label is grade $grade", ({ vitals, grade }) => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER, ...vitals } }));
      expect(result.value).toBe(grade);
    });

    test.each([
      { device: "blow-by", flow: null, grade: 2 },
      { device: "nasal-cannula", flow: 2, grade: 2 },
      { device: "nasal-cannula", flow: 6, grade: 2 },
      { device: "nasal-cannula", flow: 6.1, grade: 3 },
      { device: "nasal-cannula", flow: 15, grade: 3 },
      { device: "high-flow-nasal-cannula", flow: 40, grade: 3 },
      { device: "simple-facemask", flow: null, grade: 3 },
      { device: "non-rebreather", flow: null, grade: 3 },
      { device: "venturi", flow: null, grade: 3 },
      { device: "cpap", flow: null, grade: 4 },
      { device: "bipap", flow: null, grade: 4 },
      { device: "mechanical-ventilation", flow: null, grade: 4 },
    ] as const)("fever with $device at $flow L/min is grade $grade", ({ device, flow, grade }) => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER, oxygenDevice: device, oxygenFlowLPerMin: flow } }));
      expect(result.value).toBe(grade);
      expect(result.min).toBe(grade);
      expect(result.max).toBe(grade);
    });

    test.each([
      { label: "hypotension (2) and high-flow oxygen (3)", vitals: { hypotension: true, oxygenDevice: "high-flow-nasal-cannula" }, grade: 3 },
      { label: "one vasopressor (3) and BiPAP (4)", vitals: { hypotension: true, vasopressorsExcludingVasopressin: 1, oxygenDevice: "bipap" }, grade: 4 },
      {
        label: "two vasopressors (4) and nasal cannula 2 L/min (2)",
        vitals: { hypotension: true, vasopressorsExcludingVasopressin: 2, oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: 2 },
        grade: 4,
      },
      { label: "no hypotension and a facemask (3)", vitals: { oxygenDevice: "simple-facemask" }, grade: 3 },
    ] as const)("the more severe of hypotension and hypoxia wins: $label → grade $grade", ({ vitals, grade }) => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER, ...vitals } }));
      expect(result.value).toBe(grade);
    });
  });

  describe("without fever", () => {
    test("no fever and no antipyretic/anticytokine therapy is grade 0 even with hypotension", () => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 37.2, hypotension: true } }));
      expect(result.value).toBe(0);
      expect(result.meetsThreshold).toBe(false);
    });

    test("no fever and no therapy is grade 0 even on vasopressors and a non-rebreather", () => {
      const result = astctCrs(
        knownWith({ vitals: { temperatureMaxC: 37.2, hypotension: true, vasopressorsExcludingVasopressin: 2, oxygenDevice: "non-rebreather" } }),
      );
      expect(result.value).toBe(0);
    });

    test.each([
      { label: "no hypotension and no oxygen", vitals: {}, grade: 0 },
      { label: "hypotension without vasopressors", vitals: { hypotension: true }, grade: 2 },
      { label: "a nasal cannula at 6 L/min", vitals: { oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: 6 }, grade: 2 },
      { label: "a non-rebreather", vitals: { oxygenDevice: "non-rebreather" }, grade: 3 },
      { label: "vasopressin alone", vitals: { hypotension: true, vasopressin: true }, grade: 3 },
      { label: "two vasopressors", vitals: { hypotension: true, vasopressorsExcludingVasopressin: 2 }, grade: 4 },
      { label: "mechanical ventilation", vitals: { oxygenDevice: "mechanical-ventilation" }, grade: 4 },
    ] as const)("CRS, then tocilizumab/corticosteroids, now without fever: $label gives grade $grade", ({ vitals, grade }) => {
      const result = astctCrs(knownWith({ context: { antipyreticOrAnticytokineGiven: true, crsBeforeTherapy: true }, vitals: { temperatureMaxC: 36.8, ...vitals } }));
      expect(result.value).toBe(grade);
      expect(result.meetsThreshold).toBe(grade >= 1);
    });
  });

  describe("attribution: CRS is a diagnosis of exclusion (Lee 2019, Table 6 footnotes)", () => {
    // The review's case: CAR-T day 10, 37.2 °C after paracetamol, one vasopressor.
    const AFEBRILE_ON_ONE_VASOPRESSOR = { temperatureMaxC: 37.2, hypotension: true, vasopressorsExcludingVasopressin: 1 } as const;

    describe("context.crsBeforeTherapy: fever is waived only for CRS that came before the therapy", () => {
      test.each([
        { crsBeforeTherapy: true, min: 3, max: 3, label: "true: fever no longer required → grade 3" },
        { crsBeforeTherapy: false, min: 0, max: 0, label: "false: fever still required → grade 0 (not CRS 3)" },
        { crsBeforeTherapy: null, min: 0, max: 3, label: "absent: open between 0 and 3" },
      ] as const)("afebrile after paracetamol on one vasopressor, CRS before the drug $label", ({ crsBeforeTherapy, min, max }) => {
        const result = astctCrs(knownWith({ context: { antipyreticOrAnticytokineGiven: true, crsBeforeTherapy }, vitals: AFEBRILE_ON_ONE_VASOPRESSOR }));
        expect([result.min, result.max]).toEqual([min, max]);
        expect(criterion(result, "fever-not-required").met).toBe(crsBeforeTherapy);
        if (crsBeforeTherapy === null) {
          expect(result.value).toBeNull();
          expect(result.meetsThreshold).toBeNull();
          expect(result.missing).toEqual(["context.crsBeforeTherapy"]);
        }
      });

      test("without the therapy the question does not matter: an afebrile patient is grade 0 whatever it says", () => {
        for (const crsBeforeTherapy of [true, false, null]) {
          const result = astctCrs(knownWith({ context: { antipyreticOrAnticytokineGiven: false, crsBeforeTherapy }, vitals: AFEBRILE_ON_ONE_VASOPRESSOR }));
          expect(result.value).toBe(0);
        }
      });

      test("with the therapy unknown and CRS before it unknown, both are named", () => {
        const result = astctCrs(knownWith({ context: { antipyreticOrAnticytokineGiven: null, crsBeforeTherapy: null }, vitals: AFEBRILE_ON_ONE_VASOPRESSOR }));
        expect([result.min, result.max]).toEqual([0, 3]);
        expect(result.missing).toEqual(["context.antipyreticOrAnticytokineGiven", "context.crsBeforeTherapy"]);
      });

      test("a fever present needs no waiver: CRS before the therapy does not move a febrile grade", () => {
        const result = astctCrs(knownWith({ context: { antipyreticOrAnticytokineGiven: true, crsBeforeTherapy: null }, vitals: { temperatureMaxC: 38.0, hypotension: true } }));
        expect(result.value).toBe(2);
      });

      test("the review's fever blamed on bacteraemia is not waived by paracetamol: grade 0, with or without the drug", () => {
        for (const antipyreticOrAnticytokineGiven of [true, false]) {
          const result = astctCrs(
            knownWith({ context: { feverOtherCause: true, antipyreticOrAnticytokineGiven, crsBeforeTherapy: false }, vitals: { ...AFEBRILE_ON_ONE_VASOPRESSOR, temperatureMaxC: 39.1 } }),
          );
          expect(result.value).toBe(0);
        }
      });
    });

    describe("vitals.hypotensionOtherCause", () => {
      test.each([
        { hypotensionOtherCause: false, grade: 3, label: "false: the vasopressor grades → 3" },
        { hypotensionOtherCause: true, grade: 1, label: "true (e.g. sepsis): not graded → fever alone, 1" },
      ] as const)("fever on one vasopressor, hypotension with another cause $label", ({ hypotensionOtherCause, grade }) => {
        const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.0, hypotension: true, vasopressorsExcludingVasopressin: 1, hypotensionOtherCause } }));
        expect(result.value).toBe(grade);
        expect(criterion(result, "hypotension").points).toBe(hypotensionOtherCause ? 0 : 3);
      });

      test("absent: open between 1 and 3, and the attribution is the deciding answer", () => {
        const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.0, hypotension: true, vasopressorsExcludingVasopressin: 1, hypotensionOtherCause: null } }));
        expect([result.min, result.max, result.value, result.meetsThreshold]).toEqual([1, 3, null, true]);
        expect(result.missing).toEqual(["vitals.hypotensionOtherCause"]);
      });

      test("absent but no hypotension: nothing to attribute, nothing missing", () => {
        const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.0, hypotensionOtherCause: null } }));
        expect(result.value).toBe(1);
        expect(result.missing).toEqual([]);
      });

      test("hypotension attributed to sepsis after CRS and tocilizumab: not graded (grade 0 without fever)", () => {
        const result = astctCrs(
          knownWith({ context: { antipyreticOrAnticytokineGiven: true, crsBeforeTherapy: true }, vitals: { ...AFEBRILE_ON_ONE_VASOPRESSOR, hypotensionOtherCause: true } }),
        );
        expect(result.value).toBe(0);
        expect(result.notes.join(" ")).toContain("attributable to another cause");
      });
    });

    describe("vitals.hypoxiaOtherCause", () => {
      test.each([
        { hypoxiaOtherCause: false, min: 3, max: 3 },
        { hypoxiaOtherCause: true, min: 1, max: 1 },
        { hypoxiaOtherCause: null, min: 1, max: 3 },
      ] as const)("fever on a non-rebreather, hypoxia with another cause $hypoxiaOtherCause → $min–$max", ({ hypoxiaOtherCause, min, max }) => {
        const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.5, oxygenDevice: "non-rebreather", hypoxiaOtherCause } }));
        expect([result.min, result.max]).toEqual([min, max]);
        if (hypoxiaOtherCause === null) expect(result.missing).toEqual(["vitals.hypoxiaOtherCause"]);
      });

      test("the more severe attributable domain still grades: hypoxia from pneumonia, hypotension without another cause → 2", () => {
        const result = astctCrs(knownWith({ vitals: { temperatureMaxC: 38.5, hypotension: true, oxygenDevice: "non-rebreather", hypoxiaOtherCause: true, hypotensionOtherCause: false } }));
        expect(result.value).toBe(2);
      });

      test("both attributions open on a febrile patient with both signs: both are named", () => {
        const result = astctCrs(
          knownWith({ vitals: { temperatureMaxC: 38.5, hypotension: true, vasopressorsExcludingVasopressin: 1, oxygenDevice: "bipap", hypoxiaOtherCause: null, hypotensionOtherCause: null } }),
        );
        expect([result.min, result.max]).toEqual([1, 4]);
        expect(result.missing).toEqual(["vitals.hypotensionOtherCause", "vitals.hypoxiaOtherCause"]);
      });
    });
  });

  describe("hypotension derived from blood pressure when not recorded (SBP < 90 or MAP < 65)", () => {
    test.each([
      { sbp: 89, dbp: 60, grade: 2 },
      { sbp: 90, dbp: 60, grade: 1 },
      { sbp: 95, dbp: 49.5, grade: 2 },
      { sbp: 95, dbp: 50, grade: 1 },
    ])("fever with BP $sbp/$dbp mmHg is grade $grade", ({ sbp, dbp, grade }) => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER, hypotension: null, systolicBpMmHg: sbp, diastolicBpMmHg: dbp } }));
      expect(result.value).toBe(grade);
    });

    test("a vasopressor implies hypotension when hypotension is not recorded", () => {
      const result = astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER, hypotension: null, vasopressorsExcludingVasopressin: 1 } }));
      expect(result.value).toBe(3);
    });
  });

  describe("applicability", () => {
    test("applies after immune effector cell therapy", () => {
      expect(astctCrs(knownWith({})).applicable).toBe(true);
    });

    test("does not apply outside the immune-effector setting, but is still computed", () => {
      const result = astctCrs(knownWith({ context: VIRAL_INFECTION, vitals: { temperatureMaxC: FEVER } }));
      expect(result.applicable).toBe(false);
      expect(result.value).toBe(1);
    });
  });
});

describe("which unknown inputs can change the grade (groupsThatMatter)", () => {
  type Value = boolean | number;
  const grade = (v: readonly Value[]) => crsGrade(v[0] as boolean, v[1] as boolean, hypotensionGrade(v[2] as number, v[3] as boolean, v[4] as boolean), v[5] as number);

  /** The definition, spelled out: list every completion, change one group at a time, compare. */
  function byDefinition(groups: readonly { readonly values: readonly Value[] }[]): boolean[] {
    const completions = groups.reduce<Value[][]>((acc, g) => acc.flatMap((prefix) => g.values.map((v) => [...prefix, v])), [[]]);
    return groups.map((g, i) => completions.some((c) => g.values.some((alt) => grade(c.map((v, j) => (j === i ? alt : v))) !== grade(c))));
  }

  const someOf = <T,>(options: readonly T[]) => fc.subarray([...options], { minLength: 1 });
  const groups = fc.tuple(someOf([false, true]), someOf([false, true]), someOf([0, 1, 2]), someOf([false, true]), someOf([false, true]), someOf([0, 2, 3, 4]));

  test("matches the definition for every combination of known and open inputs", () => {
    fc.assert(
      fc.property(groups, (values) => {
        const asGroups = values.map((v) => ({ values: v }));
        expect(groupsThatMatter(asGroups, grade)).toEqual(byDefinition(asGroups));
      }),
      { numRuns: 500 },
    );
  });

  test("a settled group never matters; unknown fever matters unless waived; the waiver does not matter once fever is known", () => {
    const open = [false, true];
    expect(groupsThatMatter([{ values: open }, { values: [false] }, { values: [0] }, { values: [false] }, { values: [false] }, { values: [0] }], grade)).toEqual([true, false, false, false, false, false]);
    expect(groupsThatMatter([{ values: open }, { values: [false] }, { values: [0] }, { values: [false] }, { values: [false] }, { values: [3] }], grade)).toEqual([true, false, false, false, false, false]);
    expect(groupsThatMatter([{ values: [true] }, { values: open }, { values: [0] }, { values: [false] }, { values: [false] }, { values: [3] }], grade)).toEqual([false, false, false, false, false, false]);
  });
});

describe("children: hypotension from blood pressure by age (AHA/PALS 2010)", () => {
  // Hypotension itself left to the blood pressure: the clinician's call cleared.
  const child = (ageYears: number, systolicBpMmHg: number, diastolicBpMmHg = 50) =>
    astctCrs(knownWith({ context: { ageYears }, vitals: { temperatureMaxC: FEVER, hypotension: null, systolicBpMmHg, diastolicBpMmHg } }));

  test("a 4-year-old with fever and 85/50 is not hypotensive (70 + 2 × 4 = 78): grade 1, not 2", () => {
    const result = child(4, 85);
    expect(result.value).toBe(1);
    expect(criterion(result, "hypotension")).toMatchObject({ points: 0 });
  });

  test.each([
    { age: 4, sbp: 77, grade: 2 },
    { age: 4, sbp: 78, grade: 1 },
    { age: 0.5, sbp: 69, grade: 2 },
    { age: 0.5, sbp: 70, grade: 1 },
    { age: 10, sbp: 89, grade: 2 },
    { age: 10, sbp: 90, grade: 1 },
  ])("age $age with SBP $sbp and fever: grade $grade", ({ age, sbp, grade }) => {
    expect(child(age, sbp).value).toBe(grade);
  });

  test("an adult at 100/47 (MAP 64.7) is hypotensive; a 17-year-old at the same pressure is not", () => {
    expect(child(18, 100, 47).value).toBe(2);
    expect(child(17, 100, 47).value).toBe(1);
  });

  test("age unknown with SBP 85: grade 1–2, and the age is named as missing", () => {
    const result = astctCrs(knownWith({ context: { ageYears: null }, vitals: { temperatureMaxC: FEVER, hypotension: null, systolicBpMmHg: 85 } }));
    expect([result.min, result.max]).toEqual([1, 2]);
    expect(result.missing).toContain("context.ageYears");
    expect(result.missing).toContain("vitals.hypotension");
  });
});

describe("ventilation for airway protection (crs-screen's stated convention)", () => {
  const ventilated = (intubatedForAirwayProtection: boolean | null) =>
    astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER, oxygenDevice: "mechanical-ventilation", intubatedForAirwayProtection } }));

  test("off (not for airway protection): mechanical ventilation is positive pressure, grade 4", () => {
    const result = ventilated(false);
    expect(result.value).toBe(4);
    expect(result.notes).toEqual([]);
  });

  test("not recorded: the published table applies, grade 4, and nothing is asked for", () => {
    const result = ventilated(null);
    expect(result.value).toBe(4);
    expect(result.missing).toEqual([]);
  });

  test("on: the ventilation does not count as hypoxia (grade 1 with fever), and the result says the convention was applied and where Lee puts positive pressure", () => {
    const result = ventilated(true);
    expect(result.value).toBe(1);
    expect(criterion(result, "hypoxia")).toMatchObject({ points: 0 });
    expect(result.notes.join(" ")).toMatch(/Convention applied/);
    expect(result.notes.join(" ")).toMatch(/Lee 2019 itself puts positive pressure .* in the hypoxia row/);
  });

  test("on, but the device is BiPAP: the convention is about mechanical ventilation only, grade 4", () => {
    const result = astctCrs(knownWith({ vitals: { temperatureMaxC: FEVER, oxygenDevice: "bipap", intubatedForAirwayProtection: true } }));
    expect(result.value).toBe(4);
    expect(result.notes).toEqual([]);
  });

  test("on, with hypotension on two vasopressors: still grade 4 from hypotension", () => {
    const result = astctCrs(
      knownWith({ vitals: { temperatureMaxC: FEVER, hypotension: true, vasopressorsExcludingVasopressin: 2, oxygenDevice: "mechanical-ventilation", intubatedForAirwayProtection: true } }),
    );
    expect(result.value).toBe(4);
  });
});
