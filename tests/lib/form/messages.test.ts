/**
 * What the form says beside a number as it is typed, and how it restates the schema's errors in the
 * person's words, in the unit chosen.
 */
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, fieldLabel, type NumericFieldPath } from "@/lib/assessment/fields";
import { EMPTY_DRAFT, echoFor, messageFor, stepById, unitsFor, type StepDefinition, type StepId, type UnitChoices } from "@/lib/form";
import { stepSchema } from "@/lib/form/step-schema";
import { typed } from "./typed";
import { editableText, isConvertible, numberText } from "@/lib/units";

const NUMBER_PATHS = Object.keys(NUMERIC_FIELDS) as NumericFieldPath[];

function step(id: StepId): StepDefinition {
  const found = stepById(id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

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
      expect(message).toBe(`${field.label}: you typed -1; it must be between ${numberText(Number(editableText(path, field.min, unit)))} and ${numberText(Number(editableText(path, field.max, unit)))} ${unit}.`);
    },
  );
});
