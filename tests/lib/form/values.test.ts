/**
 * The form model between typed text and the Assessment: numbers typed in a chosen unit are stored
 * canonical, nothing typed is unknown, and each step validates with the library's own schema.
 * The round trips run over every built-in scenario's answer key, in every unit the form offers.
 */
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, type NumericFieldPath } from "@/lib/assessment/fields";
import { ContextSchema, FindingsSchema, LabsSchema, NeuroSchema, PathologySchema, VitalsSchema, type AssessmentInput } from "@/lib/assessment/schema";
import {
  EMPTY_DRAFT,
  STEPS,
  fromFormValues,
  mergeStep,
  parseTyped,
  stepById,
  stepPaths,
  stepOfField,
  toFormValues,
  unitsFor,
  withTypedKept,
  type StepDefinition,
  type StepId,
  type UnitChoices,
} from "@/lib/form";
import { stepSchema } from "@/lib/form/step-schema";
import { typed } from "./typed";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { FIELD_QUANTITY, editableText, isConvertible, type ConvertibleField } from "@/lib/units";

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
      (["min", "max"] as const).map((end) => ({ path, unit, end, text: editableText(path, NUMERIC_FIELDS[path][end], unit) })),
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

describe("withTypedKept", () => {
  test("typing before the form came alive is kept over the stored values; an empty field erases nothing", () => {
    const stored = { vitals: { temperatureMaxC: "39.2", heartRateBpm: "110", hypotension: "true" }, label: "Case 7" };
    const typed = { vitals: { temperatureMaxC: "", heartRateBpm: "120", hypotension: "", spo2Percent: "93" }, label: "" };
    expect(withTypedKept(stored, typed)).toEqual({ vitals: { temperatureMaxC: "39.2", heartRateBpm: "120", hypotension: "true", spo2Percent: "93" }, label: "Case 7" });
  });

  test("a ticked box is typing, an unticked one is not", () => {
    expect(withTypedKept({ iceNotAssessable: { writing: true } }, { iceNotAssessable: { writing: false, naming: true } })).toEqual({ iceNotAssessable: { writing: true, naming: true } });
  });
});
