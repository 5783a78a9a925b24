import { describe, expect, test } from "vitest";
import * as z from "zod/mini";
import { validateAssessment, fieldLabel, AssessmentSchema, FIELD_PATHS, NUMERIC_FIELDS } from "@/lib/assessment";

/** The example of ../shared/spec/ASSESSMENT.md, comments removed. */
const CONTRACT_EXAMPLE = {
  schemaVersion: 1,
  label: "CAR-T day 3",
  context: {
    setting: "immune-effector-cell-therapy", ageYears: 54, daysSinceInfusion: 3, immunosuppressed: false, sjia: false,
    hlhMolecularDiagnosis: false, antipyreticOrAnticytokineGiven: false, feverOtherCause: false,
  },
  vitals: {
    temperatureMaxC: 39.1, systolicBpMmHg: 86, diastolicBpMmHg: 50, heartRateBpm: 118, respiratoryRatePerMin: 24, spo2Percent: 93,
    hypotension: true, vasopressorsExcludingVasopressin: 0, vasopressin: false, oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: 4,
  },
  findings: {
    chills: true, headache: true, dizziness: false, fatigue: true, malaise: true, myalgia: false, wateryDiarrhea: false, capillaryLeak: false,
    hepatomegaly: false, splenomegaly: false, cardiomyopathy: false, lungInjury: false, acuteKidneyInjury: false, bleeding: false, alteredMentation: false,
  },
  neuro: {
    iceScore: 10, iceItems: { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1 },
    consciousness: "alert", seizure: "none", motorWeakness: false, cerebralEdema: "none",
  },
  labs: {
    hemoglobinGPerDl: 10.1, leukocytesE9PerL: 3.2, neutrophilsE9PerL: 2.1, lymphocytesE9PerL: 0.4, plateletsE9PerL: 95, ferritinNgPerMl: 2400,
    triglyceridesMmolPerL: 2.1, fibrinogenGPerL: 2.2, astUPerL: 45, altUPerL: 40, ldhUPerL: 520, crpMgPerL: 120, il6PgPerMl: 80,
    dDimerNgPerMlFeu: 2100, solubleCd25UPerMl: 3100, ptProlongationSeconds: 2, fibrinMarkerIncrease: "moderate", creatinineMgPerDl: 1.1,
  },
  pathology: { hemophagocytosisBoneMarrow: null, hemophagocytosisSpleenOrLymphNode: null, nkActivityLowOrAbsent: null },
};

function problems(input: unknown) {
  const result = validateAssessment(input);
  return result.ok ? [] : result.problems;
}

describe("Assessment schema", () => {
  test("accepts the contract's example", () => {
    expect(problems(CONTRACT_EXAMPLE)).toEqual([]);
  });

  test("accepts an assessment where everything is unknown", () => {
    expect(validateAssessment({ schemaVersion: 1 }).ok).toBe(true);
  });

  test("null means unknown and is accepted for every field", () => {
    expect(problems({ schemaVersion: 1, labs: { ferritinNgPerMl: null }, findings: { chills: null }, neuro: { consciousness: null } })).toEqual([]);
  });

  test("an out-of-range value names the field, the value and the allowed range", () => {
    expect(problems({ schemaVersion: 1, vitals: { temperatureMaxC: 451 } })).toEqual([
      { path: "vitals.temperatureMaxC", message: "Highest temperature (°C) must be between 30 and 45; got 451" },
    ]);
  });

  test.each(Object.entries(NUMERIC_FIELDS))("%s: the plausible range is inclusive at both ends", (path, field) => {
    const [section, ...rest] = path.split(".");
    const build = (value: number) => {
      const leaf = rest.reduceRight<unknown>((inner, key) => ({ [key]: inner }), value);
      return { schemaVersion: 1, [section!]: leaf };
    };
    expect(problems(build(field.min))).toEqual([]);
    expect(problems(build(field.max))).toEqual([]);
    const below = problems(build(field.min - 1));
    expect(below).toHaveLength(1);
    expect(below[0]!.path).toBe(path);
    expect(below[0]!.message).toContain(`between ${field.min} and ${field.max}`);
    expect(problems(build(field.max + 1))[0]?.message).toContain(fieldLabel(path));
  });

  test("a wrong type says what was expected and what was given", () => {
    expect(problems({ schemaVersion: 1, labs: { ferritinNgPerMl: "high" } })).toEqual([
      { path: "labs.ferritinNgPerMl", message: 'Ferritin (ng/mL) must be a number; got "high"' },
    ]);
  });

  test("tri-state findings accept only true, false or absent", () => {
    const [problem] = problems({ schemaVersion: 1, findings: { chills: "yes" } });
    expect(problem?.path).toBe("findings.chills");
    expect(problem?.message).toContain("true (present), false (absent) or left out (not assessed)");
  });

  test("an unknown enum value lists the allowed values", () => {
    const [problem] = problems({ schemaVersion: 1, vitals: { oxygenDevice: "mask" } });
    expect(problem?.path).toBe("vitals.oxygenDevice");
    expect(problem?.message).toContain("simple-facemask");
  });

  test("a misspelt field is reported, never silently ignored as unknown", () => {
    expect(problems({ schemaVersion: 1, labs: { ferritin: 800 } })).toEqual([
      { path: "labs.ferritin", message: 'Unknown field "ferritin" (check the spelling against the format)' },
    ]);
  });

  test("whole-number fields reject fractions", () => {
    expect(problems({ schemaVersion: 1, vitals: { vasopressorsExcludingVasopressin: 1.5 } })[0]?.message).toContain("whole number");
  });

  test("the schema version is required and must be 1", () => {
    expect(problems({})[0]?.path).toBe("schemaVersion");
    expect(problems({ schemaVersion: 2 })[0]?.message).toBe("Schema version must be 1; got 2");
  });

  test("the case label is limited to 120 characters", () => {
    expect(problems({ schemaVersion: 1, label: "x".repeat(121) })[0]?.path).toBe("label");
  });
});

describe("cross-field rules", () => {
  test("diastolic must be below systolic", () => {
    expect(problems({ schemaVersion: 1, vitals: { systolicBpMmHg: 80, diastolicBpMmHg: 80 } })).toEqual([
      { path: "vitals.diastolicBpMmHg", message: "Diastolic blood pressure (mmHg) must be below the systolic (80); got 80" },
    ]);
    expect(problems({ schemaVersion: 1, vitals: { systolicBpMmHg: 81, diastolicBpMmHg: 80 } })).toEqual([]);
  });

  test("hypotension cannot be absent while a vasopressor is given", () => {
    expect(problems({ schemaVersion: 1, vitals: { hypotension: false, vasopressin: true } })[0]?.path).toBe("vitals.hypotension");
    expect(problems({ schemaVersion: 1, vitals: { hypotension: false, vasopressorsExcludingVasopressin: 1 } })[0]?.path).toBe("vitals.hypotension");
  });

  test("days since infusion belongs to the immune-effector setting", () => {
    expect(problems({ schemaVersion: 1, context: { setting: "viral-infection", daysSinceInfusion: 3 } })[0]?.path).toBe("context.daysSinceInfusion");
    expect(problems({ schemaVersion: 1, context: { setting: "immune-effector-cell-therapy", daysSinceInfusion: 3 } })).toEqual([]);
  });

  test("the ICE score must agree with its items", () => {
    const items = { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 0 };
    expect(problems({ schemaVersion: 1, neuro: { iceScore: 9, iceItems: items } })).toEqual([]);
    expect(problems({ schemaVersion: 1, neuro: { iceScore: 10, iceItems: items } })[0]?.message).toBe(
      "ICE score (points) must agree with the ICE items (9); got 10",
    );
    // with an item not assessable, the score must lie within the items' range
    expect(problems({ schemaVersion: 1, neuro: { iceScore: 10, iceItems: { ...items, attention: null } } })).toEqual([]);
    expect(problems({ schemaVersion: 1, neuro: { iceScore: 7, iceItems: { ...items, attention: null } } })[0]?.message).toContain("between 9 and 10");
  });
});

describe("the schema is derived from the field list (fields.ts)", () => {
  /** Every leaf field path of a JSON Schema object, in its order (`vitals.temperatureMaxC`, `neuro.iceItems.naming`). */
  function leafPaths(schema: Record<string, unknown>, prefix = ""): string[] {
    const object = ((schema.anyOf as Record<string, unknown>[] | undefined) ?? [schema]).find((o) => o.type === "object");
    if (!object) return [prefix.slice(0, -1)];
    return Object.entries(object.properties as Record<string, Record<string, unknown>>).flatMap(([key, inner]) => leafPaths(inner, `${prefix}${key}.`));
  }

  test("it has exactly the listed fields, in the listed order, after the schema version and the label", () => {
    const fromSchema = leafPaths(z.toJSONSchema(AssessmentSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>);
    expect(fromSchema).toEqual(["schemaVersion", "label", ...FIELD_PATHS]);
  });

  test("a parsed Assessment keeps the contract's key order, whatever the input's", () => {
    const result = validateAssessment({ labs: { ferritinNgPerMl: 800, hemoglobinGPerDl: 9 }, neuro: { iceItems: { naming: 3, orientation: 4 }, iceScore: 9 }, schemaVersion: 1 });
    expect(result.ok && JSON.stringify(result.assessment)).toBe('{"schemaVersion":1,"neuro":{"iceScore":9,"iceItems":{"orientation":4,"naming":3}},"labs":{"hemoglobinGPerDl":9,"ferritinNgPerMl":800}}');
  });
});
