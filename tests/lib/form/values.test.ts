import * as fc from "fast-check";
/**
 * The form model between typed text and the Assessment: numbers typed in a chosen unit are stored
 * canonical, nothing typed is unknown, and each step validates with the library's own schema.
 * The round trips run over every built-in scenario's answer key, in every unit the form offers.
 */
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, fieldLabel, type NumericFieldPath } from "@/lib/assessment/fields";
import { ContextSchema, FindingsSchema, LabsSchema, NeuroSchema, PathologySchema, VitalsSchema, type AssessmentInput } from "@/lib/assessment/schema";
import {
  EMPTY_DRAFT,
  STEPS,
  display,
  echoFor,
  formatNumber,
  fromFormValues,
  isConvertible,
  mergeStep,
  messageFor,
  parseTyped,
  stepById,
  stepPaths,
  stepOfField,
  toFormValues,
  unitOf,
  unitsFor,
  type ConvertibleField,
  type FormValues,
  type StepDefinition,
  type StepId,
  type UnitChoices,
} from "@/lib/form";
import { stepSchema } from "@/lib/form/step-schema";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { FIELD_QUANTITY, QUANTITIES } from "@/lib/units";

function step(id: StepId): StepDefinition {
  const found = stepById(id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

/** Steps that edit Assessment sections (review edits none). */
const EDITING_STEPS = STEPS.filter((s) => stepPaths(s).length > 0);
const CONVERTIBLE = Object.keys(FIELD_QUANTITY) as ConvertibleField[];
const NUMBER_PATHS = Object.keys(NUMERIC_FIELDS) as NumericFieldPath[];

/** Every convertible field in its `n`-th non-canonical unit (the last one when it has fewer). */
function nonCanonicalUnits(n: number): UnitChoices {
  return Object.fromEntries(
    CONVERTIBLE.map((path) => {
      const offered = unitsFor(path);
      return [path, offered[Math.min(n, offered.length - 1)]];
    }),
  );
}

const UNIT_SETS: readonly { readonly name: string; readonly units: UnitChoices }[] = [
  { name: "canonical units", units: {} },
  { name: "the first other unit of every convertible field", units: nonCanonicalUnits(1) },
  { name: "the second other unit where there is one", units: nonCanonicalUnits(2) },
];

function get(obj: unknown, path: string): unknown {
  return path.split(".").reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], obj);
}

/** The draft's own fields for a step under their sections, as fromFormValues reports them. */
function sectionsOf(draft: AssessmentInput, s: StepDefinition): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  // The form asks for the ICE items, never a bare ICE score (mergeStep keeps a score from a file).
  for (const path of stepPaths(s)) {
    const value = get(draft, path);
    if (value === undefined || value === null) continue;
    const [section, ...rest] = path.split(".") as [string, ...string[]];
    if (rest.length === 0) out[section] = value;
    else out[section] = { ...(out[section] as object | undefined), [rest.join(".")]: value };
  }
  return out;
}

/** Form values for a step, with some fields typed over the draft's. */
function typed(s: StepDefinition, entries: Record<string, unknown>, draft: AssessmentInput = EMPTY_DRAFT, units: UnitChoices = {}): FormValues {
  const values = structuredClone(toFormValues(draft, s, units));
  for (const [path, value] of Object.entries(entries)) {
    const keys = path.split(".");
    let node = values as Record<string, unknown>;
    for (const key of keys.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[keys[keys.length - 1]!] = value;
  }
  return values;
}

describe("parseTyped", () => {
  test("nothing typed is unknown", () => {
    expect(parseTyped("vitals.heartRateBpm", "", "/min")).toBeUndefined();
    expect(parseTyped("vitals.heartRateBpm", "   ", "/min")).toBeUndefined();
    expect(parseTyped("vitals.heartRateBpm", undefined, "/min")).toBeUndefined();
    expect(parseTyped("vitals.heartRateBpm", null, "/min")).toBeUndefined();
  });

  test("a decimal comma reads as a decimal point", () => {
    expect(parseTyped("vitals.oxygenFlowLPerMin", "1,5", "L/min")).toBe(1.5);
    expect(parseTyped("labs.fibrinogenGPerL", "1,5", "g/L")).toBe(1.5);
  });

  test("surrounding spaces and a leading dot are numbers; an exponent is not what a person types", () => {
    expect(parseTyped("vitals.heartRateBpm", " 88 ", "/min")).toBe(88);
    expect(parseTyped("labs.fibrinogenGPerL", ".5", "g/L")).toBe(0.5);
    expect(parseTyped("labs.ferritinNgPerMl", "2e3", "ng/mL")).toBe("2e3");
  });

  test("12,400 and 12.400 as a ferritin are refused (12 400 and 12.4 are both plausible); 12 400 is kept", () => {
    expect(parseTyped("labs.ferritinNgPerMl", "12,400", "ng/mL")).toBe("12,400");
    expect(parseTyped("labs.ferritinNgPerMl", "12.400", "ng/mL")).toBe("12.400");
    expect(parseTyped("labs.ferritinNgPerMl", "12 400", "ng/mL")).toBe(12400);
    expect(parseTyped("labs.ferritinNgPerMl", "12\u2009400", "ng/mL")).toBe(12400);
  });

  test("a 1,250 creatinine in mg/dL can only be 1.25 (1250 mg/dL is implausible); in µmol/L both readings are, so it is refused", () => {
    expect(parseTyped("labs.creatinineMgPerDl", "1,250", "mg/dL")).toBe(1.25);
    expect(parseTyped("labs.creatinineMgPerDl", "1,250", "µmol/L")).toBe("1,250");
  });

  test("text that is not a number passes through for the schema to name", () => {
    expect(parseTyped("vitals.heartRateBpm", "abc", "/min")).toBe("abc");
    expect(parseTyped("vitals.heartRateBpm", " 12 bpm ", "/min")).toBe("12 bpm");
  });

  test("a number that is already a number is kept", () => {
    expect(parseTyped("vitals.heartRateBpm", 88, "/min")).toBe(88);
  });

  test("a temperature in °F is stored in °C", () => {
    expect(parseTyped("vitals.temperatureMaxC", "101.3", "°F")).toBeCloseTo(38.5, 9);
    expect(parseTyped("vitals.temperatureMaxC", "32", "°F")).toBe(0);
  });

  test("fibrinogen 360 mg/dL is stored as 3.6 g/L", () => {
    expect(parseTyped("labs.fibrinogenGPerL", "360", "mg/dL")).toBe(3.6);
  });

  test("platelets typed per µL are stored as ×10⁹/L", () => {
    expect(parseTyped("labs.plateletsE9PerL", "110000", "/µL")).toBe(110);
  });
});

describe("display", () => {
  test("shows a canonical value in the chosen unit without float noise", () => {
    expect(display("vitals.temperatureMaxC", 37, "°F")).toBe("98.6");
    expect(display("labs.fibrinogenGPerL", 3.6, "mg/dL")).toBe("360");
    expect(display("labs.plateletsE9PerL", 0.11, "/µL")).toBe("110");
  });

  test("triglycerides 265 mg/dL round-trips to 265", () => {
    const stored = parseTyped("labs.triglyceridesMmolPerL", "265", "mg/dL");
    expect(typeof stored).toBe("number");
    expect(stored).not.toBe(265);
    expect(display("labs.triglyceridesMmolPerL", stored as number, "mg/dL")).toBe("265");
  });

  test("shows at most four decimals after a conversion", () => {
    expect(display("labs.fibrinogenGPerL", 1.23456789, "mg/dL")).toBe("123.4568");
  });

  test("in the stored unit, a value kept from a conversion shows 4 decimals, never a made-up round number: 37.99999 °C never reads as 38 (a threshold)", () => {
    expect(display("vitals.temperatureMaxC", 37.99999, "°C")).toBe("37.99999");
    expect(display("labs.triglyceridesMmolPerL", 310 / 88.57, "mmol/L")).toBe("3.5001");
    expect(display("labs.fibrinogenGPerL", 1.23456789, "g/L")).toBe("1.2346");
    expect(display("labs.fibrinogenGPerL", 2.99995, "g/L")).toBe("2.99995");
    expect(display("labs.fibrinogenGPerL", 1.5, "g/L")).toBe("1.5");
  });

  test("in the stored unit, what is shown sits on the same side of every threshold of up to 3 decimals as the stored value", () => {
    fc.assert(
      // stored values with up to 9 decimals (a conversion's result, settled of float noise), most
      // within 0.0002 of the threshold, where rounding could cross it
      fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: -200_000, max: 200_000 }), (thousandths, offsetNanos) => {
        const threshold = thousandths / 1000;
        const stored = (thousandths * 1e6 + offsetNanos) / 1e9;
        const shown = Number(display("labs.fibrinogenGPerL", stored, "g/L"));
        expect(Math.sign(shown - threshold)).toBe(Math.sign(stored - threshold));
      }),
    );
  });

  test("a field without units shows the number itself", () => {
    expect(display("vitals.heartRateBpm", 88, "/min")).toBe("88");
  });
});

describe("unitsFor and unitOf", () => {
  test.each(CONVERTIBLE)("%s lists its canonical unit first, then every other unit once", (path) => {
    const q = QUANTITIES[FIELD_QUANTITY[path]];
    const offered = unitsFor(path);
    expect(offered[0]).toBe(q.canonical);
    expect([...offered].sort()).toEqual(Object.keys(q.units).sort());
  });

  test("a field without conversions offers only its own unit", () => {
    expect(unitsFor("vitals.heartRateBpm")).toEqual(["/min"]);
    expect(unitsFor("context.ageYears")).toEqual(["years"]);
  });

  test("the chosen unit is used; a missing or unknown choice falls back to canonical", () => {
    expect(unitOf("vitals.temperatureMaxC", { "vitals.temperatureMaxC": "°F" })).toBe("°F");
    expect(unitOf("vitals.temperatureMaxC", {})).toBe("°C");
    expect(unitOf("vitals.temperatureMaxC", { "vitals.temperatureMaxC": "K" })).toBe("°C");
    expect(unitOf("vitals.heartRateBpm", {})).toBe("/min");
  });
});

describe("stepOfField", () => {
  test.each([
    ["label", "context"],
    ["context.setting", "context"],
    ["vitals.temperatureMaxC", "vitals"],
    ["findings.splenomegaly", "findings"],
    ["neuro.iceItems.writing", "neurology"],
    ["neuro.iceScore", "neurology"],
    ["labs.ferritinNgPerMl", "laboratory"],
    ["pathology.hemophagocytosisBoneMarrow", "pathology"],
    ["somewhere.else", "review"],
  ] as const)("%s is asked for on the %s step", (path, expected) => {
    expect(stepOfField(path)).toBe(expected);
  });
});

describe("the steps cover the Assessment", () => {
  const SECTIONS = { context: ContextSchema, vitals: VitalsSchema, findings: FindingsSchema, neuro: NeuroSchema, labs: LabsSchema, pathology: PathologySchema };

  test("every field but the bare ICE score is asked for by exactly one step", () => {
    const asked = STEPS.flatMap((s) =>
      s.groups.flatMap((g) => g.fields.map((f) => (f.kind === "ice-items" ? "neuro.iceItems" : f.path))),
    );
    const fields = ["label", ...Object.entries(SECTIONS).flatMap(([section, schema]) => Object.keys(schema.shape).map((key) => `${section}.${key}`))];
    expect([...asked].sort()).toEqual(fields.filter((f) => f !== "neuro.iceScore").sort());
  });

  test("each field sits on the one step that asks for it", () => {
    for (const s of EDITING_STEPS) {
      for (const f of s.groups.flatMap((g) => g.fields)) {
        expect(stepOfField(f.kind === "ice-items" ? "neuro.iceItems" : f.path)).toBe(s.id);
      }
    }
  });
});

describe("toFormValues and fromFormValues", () => {
  describe.each(UNIT_SETS)("in $name", ({ units }) => {
    describe.each(builtinScenarios().map((s) => ({ id: s.id, draft: s.answerKey as AssessmentInput })))("$id", ({ draft }) => {
      test.each(EDITING_STEPS.map((s) => ({ id: s.id, s })))("the $id step gives back the draft's sections exactly", ({ s }) => {
        const sections = fromFormValues(toFormValues(draft, s, units), s, units, draft);
        expect(sections).toEqual(sectionsOf(draft, s));
        expect(mergeStep(draft, s, sections)).toEqual(draft);
      });
    });
  });

  test("every number is shown as text in the chosen unit, unknowns as empty text", () => {
    const draft: AssessmentInput = { schemaVersion: 1, vitals: { temperatureMaxC: 38.5, heartRateBpm: 110 } };
    const values = toFormValues(draft, step("vitals"), { "vitals.temperatureMaxC": "°F" });
    expect(get(values, "vitals.temperatureMaxC")).toBe("101.3");
    expect(get(values, "vitals.heartRateBpm")).toBe("110");
    expect(get(values, "vitals.systolicBpMmHg")).toBe("");
    expect(get(values, "vitals.hypotension")).toBe("");
    expect(get(values, "vitals.oxygenDevice")).toBe("");
  });

  test("yes/no answers are radio values and come back as booleans; not assessed stays absent", () => {
    const s = step("findings");
    const values = typed(s, { "findings.chills": "true", "findings.headache": "false", "findings.fatigue": "" });
    expect(fromFormValues(values, s, {}, EMPTY_DRAFT)).toEqual({ findings: { chills: true, headache: false } });
    expect(get(toFormValues({ schemaVersion: 1, findings: { chills: true, headache: false } }, s, {}), "findings.headache")).toBe("false");
  });

  test("a value shown and not edited keeps the stored canonical value exactly", () => {
    const s = step("vitals");
    const units: UnitChoices = { "vitals.temperatureMaxC": "°F" };
    const draft: AssessmentInput = { schemaVersion: 1, vitals: { temperatureMaxC: 38.123456789 } };
    const values = toFormValues(draft, s, units);
    expect(get(values, "vitals.temperatureMaxC")).toBe("100.6222");
    // Converting the shown text back would drift; the stored value is kept instead.
    expect(parseTyped("vitals.temperatureMaxC", "100.6222", "°F")).not.toBe(38.123456789);
    expect(fromFormValues(values, s, units, draft)).toEqual({ vitals: { temperatureMaxC: 38.123456789 } });
  });

  test("a value edited is converted from the chosen unit", () => {
    const s = step("vitals");
    const units: UnitChoices = { "vitals.temperatureMaxC": "°F" };
    const draft: AssessmentInput = { schemaVersion: 1, vitals: { temperatureMaxC: 38.123456789 } };
    const sections = fromFormValues(typed(s, { "vitals.temperatureMaxC": "101.3" }, draft, units), s, units, draft);
    expect(get(sections, "vitals.temperatureMaxC")).toBeCloseTo(38.5, 9);
  });

  test("a value cleared becomes unknown", () => {
    const s = step("vitals");
    const draft: AssessmentInput = { schemaVersion: 1, vitals: { temperatureMaxC: 38.5, heartRateBpm: 110 } };
    expect(fromFormValues(typed(s, { "vitals.temperatureMaxC": "" }, draft), s, {}, draft)).toEqual({ vitals: { heartRateBpm: 110 } });
  });

  test("the case label is trimmed, and an empty label is no label", () => {
    const s = step("context");
    expect(fromFormValues(typed(s, { label: "  Case 7, day 3 " }), s, {}, EMPTY_DRAFT)).toEqual({ label: "Case 7, day 3" });
    expect(fromFormValues(typed(s, { label: "   " }), s, {}, EMPTY_DRAFT)).toEqual({});
  });

  describe("ICE items", () => {
    const s = step("neurology");

    test("an item marked not assessable is stored as null", () => {
      const values = typed(s, {
        "neuro.iceItems.orientation": "4",
        "neuro.iceItems.naming": "3",
        "neuro.iceItems.commands": "1",
        "neuro.iceItems.writing": "",
        "iceNotAssessable.writing": true,
        "neuro.iceItems.attention": "1",
      });
      expect(get(fromFormValues(values, s, {}, EMPTY_DRAFT), "neuro.iceItems")).toEqual({ orientation: 4, naming: 3, commands: 1, writing: null, attention: 1 });
    });

    test("not assessable wins over a number typed in the same item", () => {
      const values = typed(s, { "neuro.iceItems.writing": "1", "iceNotAssessable.writing": true });
      expect(get(fromFormValues(values, s, {}, EMPTY_DRAFT), "neuro.iceItems")).toEqual({ writing: null });
    });

    test("nothing entered gives no ICE items at all", () => {
      const sections = fromFormValues(toFormValues(EMPTY_DRAFT, s, {}), s, {}, EMPTY_DRAFT);
      expect(sections).toEqual({});
    });

    test("a null item is shown as not assessable and an absent one as empty", () => {
      const draft: AssessmentInput = { schemaVersion: 1, neuro: { iceItems: { orientation: 2, writing: null } } };
      const values = toFormValues(draft, s, {});
      expect(get(values, "neuro.iceItems.orientation")).toBe("2");
      expect(get(values, "iceNotAssessable.writing")).toBe(true);
      expect(get(values, "neuro.iceItems.writing")).toBe("");
      expect(get(values, "iceNotAssessable.naming")).toBe(false);
      expect(get(values, "neuro.iceItems.naming")).toBe("");
    });
  });
});

describe("mergeStep", () => {
  const draft: AssessmentInput = {
    schemaVersion: 1,
    label: "Case 7",
    context: { setting: "viral-infection", ageYears: 40 },
    vitals: { temperatureMaxC: 39.2, heartRateBpm: 120, hypotension: false },
    labs: { ferritinNgPerMl: 2400 },
  };

  test("replaces only the step's sections", () => {
    const merged = mergeStep(draft, step("vitals"), { vitals: { temperatureMaxC: 38.1 } });
    expect(merged).toEqual({ ...draft, vitals: { temperatureMaxC: 38.1 } });
  });

  test("does not change the draft it was given", () => {
    const before = structuredClone(draft);
    mergeStep(draft, step("vitals"), { vitals: {} });
    expect(draft).toEqual(before);
  });

  test("a section left empty is removed", () => {
    expect(mergeStep(draft, step("laboratory"), { labs: {} })).not.toHaveProperty("labs");
  });

  test("the context step owns the label: a label left out is removed", () => {
    const merged = mergeStep(draft, step("context"), { context: { setting: "viral-infection" } });
    expect(merged).not.toHaveProperty("label");
    expect(merged.context).toEqual({ setting: "viral-infection" });
    expect(merged.vitals).toEqual(draft.vitals);
  });

  test("an ICE score from a file is kept while no ICE items are entered, and dropped once they are", () => {
    const withScore: AssessmentInput = { schemaVersion: 1, neuro: { iceScore: 7, consciousness: "alert" } };
    expect(mergeStep(withScore, step("neurology"), { neuro: { consciousness: "awakens-to-voice" } }).neuro).toEqual({ iceScore: 7, consciousness: "awakens-to-voice" });
    expect(mergeStep(withScore, step("neurology"), { neuro: { iceItems: { orientation: 4 } } }).neuro).toEqual({ iceItems: { orientation: 4 } });
  });
});

describe("stepSchema", () => {
  const vitals = step("vitals");

  test("valid form values parse to the step's sections in canonical units", () => {
    const units: UnitChoices = { "vitals.temperatureMaxC": "°F" };
    const result = stepSchema(vitals, units, EMPTY_DRAFT).safeParse(typed(vitals, { "vitals.temperatureMaxC": "101.3", "vitals.hypotension": "true" }, EMPTY_DRAFT, units));
    expect(result.success).toBe(true);
    expect(get(result.data, "vitals.temperatureMaxC")).toBeCloseTo(38.5, 9);
    expect(get(result.data, "vitals.hypotension")).toBe(true);
  });

  test.each(builtinScenarios().map((s) => ({ id: s.id, draft: s.answerKey as AssessmentInput })))("every step of $id is valid as loaded", ({ draft }) => {
    for (const s of EDITING_STEPS) {
      const units = nonCanonicalUnits(1);
      const result = stepSchema(s, units, draft).safeParse(toFormValues(draft, s, units));
      expect(result.error?.issues ?? []).toEqual([]);
    }
  });

  test("an out-of-range value gives an issue at the field's path naming the field, the value and the range", () => {
    const result = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(typed(vitals, { "vitals.temperatureMaxC": "50" }));
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ["vitals", "temperatureMaxC"], message: "Highest temperature (°C) must be between 30 and 45; got 50" },
    ]);
  });

  test("text that is not a number gives “must be a number”", () => {
    const result = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(typed(vitals, { "vitals.heartRateBpm": "fast" }));
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ["vitals", "heartRateBpm"], message: 'Heart rate (/min) must be a number; got "fast"' },
    ]);
  });

  test("a fraction in a whole-number field is refused", () => {
    const result = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(typed(vitals, { "vitals.vasopressorsExcludingVasopressin": "1.5" }));
    expect(result.error?.issues.map((i) => i.path)).toEqual([["vitals", "vasopressorsExcludingVasopressin"]]);
    expect(result.error?.issues[0]?.message).toContain("must be a whole number");
  });

  test("a diastolic pressure not below the systolic gives the cross-field issue at vitals.diastolicBpMmHg", () => {
    const result = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(typed(vitals, { "vitals.systolicBpMmHg": "100", "vitals.diastolicBpMmHg": "100" }));
    expect(result.error?.issues.map((i) => ({ path: i.path, message: i.message }))).toEqual([
      { path: ["vitals", "diastolicBpMmHg"], message: "Diastolic blood pressure (mmHg) must be below the systolic (100); got 100" },
    ]);
  });

  test("hypotension answered “no” while a vasopressor is given is an issue at vitals.hypotension", () => {
    const result = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(typed(vitals, { "vitals.hypotension": "false", "vitals.vasopressorsExcludingVasopressin": "1" }));
    expect(result.error?.issues.map((i) => i.path)).toEqual([["vitals", "hypotension"]]);
  });

  test("days since infusion outside immune effector cell therapy is an issue on the context step", () => {
    const context = step("context");
    const result = stepSchema(context, {}, EMPTY_DRAFT).safeParse(typed(context, { "context.setting": "viral-infection", "context.daysSinceInfusion": "3" }));
    expect(result.error?.issues.map((i) => i.path)).toEqual([["context", "daysSinceInfusion"]]);
  });

  test("another step's cross-field problem does not block this step", () => {
    const broken: AssessmentInput = { schemaVersion: 1, vitals: { systolicBpMmHg: 90, diastolicBpMmHg: 95 } };
    const labs = step("laboratory");
    const result = stepSchema(labs, {}, broken).safeParse(typed(labs, { "labs.ferritinNgPerMl": "2400" }, broken));
    expect(result.success).toBe(true);
  });

  test("the cross-field rule sees values already saved by this step's draft", () => {
    const draft: AssessmentInput = { schemaVersion: 1, vitals: { systolicBpMmHg: 120 } };
    const result = stepSchema(vitals, {}, draft).safeParse(typed(vitals, { "vitals.diastolicBpMmHg": "130" }, draft));
    expect(result.error?.issues.map((i) => i.path)).toEqual([["vitals", "diastolicBpMmHg"]]);
  });
});

describe("range bounds in every unit", () => {
  /** A plausible-range bound as the form shows it in a unit, typed back in that unit. */
  const BOUNDS = NUMBER_PATHS.filter(isConvertible).flatMap((path) =>
    unitsFor(path).flatMap((unit) =>
      (["min", "max"] as const).map((end) => ({ path, unit, end, text: display(path, NUMERIC_FIELDS[path][end], unit) })),
    ),
  );
  const isTriglycerideMax = (b: (typeof BOUNDS)[number]) => b.path === "labs.triglyceridesMmolPerL" && b.unit === "mg/dL" && b.end === "max";

  function issuesFor(path: NumericFieldPath, unit: string, text: string) {
    const s = step(stepOfField(path));
    const units: UnitChoices = { [path]: unit };
    return stepSchema(s, units, EMPTY_DRAFT).safeParse(typed(s, { [path]: text }, EMPTY_DRAFT, units)).error?.issues ?? [];
  }

  test.each(BOUNDS.filter((b) => !isTriglycerideMax(b)))("$path: the $end bound shown in $unit ($text) is accepted", ({ path, unit, text }) => {
    expect(issuesFor(path, unit, text)).toEqual([]);
  });

  // Known bug, reported: parseTyped converts without settle(), so 8857 mg/dL becomes
  // 100.00000000000001 mmol/L and is refused with "must be between 0 and 8857 mg/dL; got 8857".
  // When this starts passing, fold it into the table above.
  test("labs.triglyceridesMmolPerL: the max bound shown in mg/dL (8857) is accepted", () => {
    expect(issuesFor("labs.triglyceridesMmolPerL", "mg/dL", "8857")).toEqual([]);
  });
});

describe("echoFor", () => {
  test("a plausible number is echoed as kept", () => {
    expect(echoFor("vitals.temperatureMaxC", "39,2", "°C")).toEqual({ text: "= 39.2 °C", kept: true });
  });

  test("392 °C is not kept, and the echo asks whether 39.2 °C was meant", () => {
    expect(echoFor("vitals.temperatureMaxC", "392", "°C")).toEqual({ text: "392 °C is outside the plausible 30–45 °C, so it is not kept. Did you mean 39.2 °C?", kept: false });
  });

  test("platelets 60 000 ×10⁹/L: the echo points to /µL and says what that is", () => {
    expect(echoFor("labs.plateletsE9PerL", "60000", "×10⁹/L")).toEqual({
      text: "60\u202f000 ×10⁹/L is outside the plausible 0–3\u202f000 ×10⁹/L, so it is not kept. Did you mean 60\u202f000 /µL (= 60 ×10⁹/L)? Choose /µL in the unit list.",
      kept: false,
    });
  });

  test("a converted reading that is rounded says ≈, not =", () => {
    expect(echoFor("vitals.temperatureMaxC", "102", "°C").text).toBe(
      "102 °C is outside the plausible 30–45 °C, so it is not kept. Did you mean 102 °F (≈ 38.9 °C)? Choose °F in the unit list.",
    );
  });

  test("two readings: the unit list is named for the one that needs it", () => {
    expect(echoFor("labs.hemoglobinGPerDl", "125", "g/dL").text).toBe(
      "125 g/dL is outside the plausible 1–25 g/dL, so it is not kept. Did you mean 125 g/L (= 12.5 g/dL) or 12.5 g/dL? Choose g/L in the unit list for 125 g/L.",
    );
  });

  test("no plausible reading, no question", () => {
    expect(echoFor("vitals.temperatureMaxC", "451", "°C")).toEqual({ text: "451 °C is outside the plausible 30–45 °C, so it is not kept.", kept: false });
    expect(echoFor("vitals.vasopressorsExcludingVasopressin", "20", "")).toEqual({ text: "20 is outside the plausible 0–5, so it is not kept.", kept: false });
  });
});

describe("messageFor", () => {
  const vitals = step("vitals");

  test("restates a range error in the chosen unit, with the value as typed", () => {
    const units: UnitChoices = { "vitals.temperatureMaxC": "°F" };
    const values = typed(vitals, { "vitals.temperatureMaxC": "134.3" }, EMPTY_DRAFT, units);
    const issue = stepSchema(vitals, units, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(issue?.path).toEqual(["vitals", "temperatureMaxC"]);
    expect(messageFor("vitals.temperatureMaxC", issue?.message ?? "", values, units)).toBe("Highest temperature: you typed 134.3; it must be between 86 and 113 °F.");
  });

  test("restates a laboratory range in the laboratory's unit", () => {
    const labs = step("laboratory");
    const units: UnitChoices = { "labs.fibrinogenGPerL": "mg/dL" };
    const values = typed(labs, { "labs.fibrinogenGPerL": "2500" }, EMPTY_DRAFT, units);
    const issue = stepSchema(labs, units, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(messageFor("labs.fibrinogenGPerL", issue?.message ?? "", values, units)).toBe("Fibrinogen: you typed 2500; it must be between 0 and 2\u202f000 mg/dL.");
  });

  test("restates a range error in the canonical unit too, quoting the text as typed", () => {
    const message = "Highest temperature (°C) must be between 30 and 45; got 50.5";
    expect(messageFor("vitals.temperatureMaxC", message, typed(vitals, { "vitals.temperatureMaxC": "50,5" }), {})).toBe(
      "Highest temperature: you typed 50,5; it must be between 30 and 45 °C.",
    );
  });

  test("text that is not a number is quoted as typed", () => {
    const units: UnitChoices = { "vitals.temperatureMaxC": "°F" };
    const message = 'Highest temperature (°C) must be a number; got "hot"';
    expect(messageFor("vitals.temperatureMaxC", message, typed(vitals, { "vitals.temperatureMaxC": "hot" }), units)).toBe('Highest temperature: you typed "hot", which is not a number.');
  });

  test("an ambiguous 12,400 asks which reading was meant", () => {
    const labs = step("laboratory");
    const values = typed(labs, { "labs.ferritinNgPerMl": "12,400" });
    const issue = stepSchema(labs, {}, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(issue?.path).toEqual(["labs", "ferritinNgPerMl"]);
    expect(messageFor("labs.ferritinNgPerMl", issue?.message ?? "", values, {})).toBe(
      'Ferritin: "12,400" can be read two ways. Did you mean 12\u202f400 or 12.4 ng/mL? Type 12400 for the first, 12.4 for the second.',
    );
  });

  test("a diastolic pressure not below the systolic is said plainly, naming the systolic typed", () => {
    const values = typed(vitals, { "vitals.systolicBpMmHg": "80", "vitals.diastolicBpMmHg": "84" });
    const issue = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(issue?.path).toEqual(["vitals", "diastolicBpMmHg"]);
    expect(messageFor("vitals.diastolicBpMmHg", issue?.message ?? "", values, {})).toBe("Diastolic blood pressure: you typed 84; it must be below the systolic pressure, 80 mmHg.");
  });

  test("a whole-number field says so plainly", () => {
    const values = typed(vitals, { "vitals.vasopressorsExcludingVasopressin": "1.5" });
    const issue = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(messageFor("vitals.vasopressorsExcludingVasopressin", issue?.message ?? "", values, {})).toBe("Vasopressors (not counting vasopressin): you typed 1.5; it must be a whole number.");
  });

  test("days since infusion outside immune effector cell therapy says what to do", () => {
    const context = step("context");
    const values = typed(context, { "context.setting": "viral-infection", "context.daysSinceInfusion": "3" });
    const issue = stepSchema(context, {}, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(issue?.path).toEqual(["context", "daysSinceInfusion"]);
    expect(messageFor("context.daysSinceInfusion", issue?.message ?? "", values, {})).toBe(
      "Days since infusion: you typed 3; it applies only to immune effector cell therapy, so leave it empty in this setting.",
    );
  });

  test("no message ends on a bare 'got': every range, number and cross-field message of a step is restated", () => {
    const values = typed(vitals, { "vitals.temperatureMaxC": "392", "vitals.heartRateBpm": "fast", "vitals.systolicBpMmHg": "80", "vitals.diastolicBpMmHg": "84" });
    const issues = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(values).error?.issues ?? [];
    expect(issues.length).toBeGreaterThanOrEqual(2);
    for (const issue of issues) expect(messageFor(issue.path.join("."), issue.message, values, {})).not.toMatch(/got /);
  });

  test("an out-of-range number gets the plausible readings as a question, in the unit chosen", () => {
    const values = typed(vitals, { "vitals.temperatureMaxC": "392" });
    const issue = stepSchema(vitals, {}, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(messageFor("vitals.temperatureMaxC", issue?.message ?? "", values, {})).toBe("Highest temperature: you typed 392; it must be between 30 and 45 °C. Did you mean 39.2 °C?");
  });

  test("platelets typed per microlitre in ×10⁹/L are pointed to the unit list", () => {
    const labs = step("laboratory");
    const values = typed(labs, { "labs.plateletsE9PerL": "60 000" });
    const issue = stepSchema(labs, {}, EMPTY_DRAFT).safeParse(values).error?.issues[0];
    expect(messageFor("labs.plateletsE9PerL", issue?.message ?? "", values, {})).toBe(
      "Platelets: you typed 60 000; it must be between 0 and 3\u202f000 ×10⁹/L. Did you mean 60\u202f000 /µL (= 60 ×10⁹/L)? Choose /µL in the unit list.",
    );
  });

  test.each(NUMBER_PATHS.filter(isConvertible).flatMap((path) => unitsFor(path).slice(1).map((unit) => ({ path, unit }))))(
    "$path in $unit: the restated range is the plausible range converted",
    ({ path, unit }) => {
      const field = NUMERIC_FIELDS[path];
      const [section, key] = path.split(".") as [string, string];
      const message = messageFor(path, `${fieldLabel(path)} must be between ${field.min} and ${field.max}; got -1`, { [section]: { [key]: " -1 " } }, { [path]: unit });
      expect(message).toBe(`${field.label}: you typed -1; it must be between ${formatNumber(Number(display(path, field.min, unit)))} and ${formatNumber(Number(display(path, field.max, unit)))} ${unit}.`);
    },
  );
});
