import { describe, expect, test } from "vitest";
import type { AssessmentInput } from "@/lib/assessment/schema";
import { enteredData } from "@/lib/form/entered";

const assessment: AssessmentInput = {
  schemaVersion: 1,
  label: "Case 7",
  context: { setting: "viral-infection", ageYears: 34 },
  vitals: { temperatureMaxC: 39.5 },
  findings: { splenomegaly: true, hepatomegaly: false },
  neuro: { iceItems: { orientation: 4, naming: 3, commands: 1, writing: null, attention: 1 } },
  labs: { ferritinNgPerMl: 14500, triglyceridesMmolPerL: 3.5 },
};

const section = (id: string, units = {}) => enteredData(assessment, units).find((s) => s.stepId === id)!;

describe("enteredData", () => {
  test("numbers are shown in the unit chosen for the field, with labels that name no other unit", () => {
    expect(section("vitals", { "vitals.temperatureMaxC": "°F" }).values).toContainEqual({ path: "vitals.temperatureMaxC", label: "Highest temperature", value: "103.1 °F" });
    expect(section("laboratory", { "labs.triglyceridesMmolPerL": "mg/dL" }).values).toContainEqual({
      path: "labs.triglyceridesMmolPerL",
      label: "Triglycerides",
      value: "309.995 mg/dL",
    });
    expect(section("laboratory").values).toContainEqual({ path: "labs.ferritinNgPerMl", label: "Ferritin", value: "14\u202f500 ng/mL" });
  });

  test("yes/no and options read in words; an ICE item not testable reads “Not assessable”", () => {
    expect(section("findings").values.map((v) => `${v.label}: ${v.value}`)).toEqual(["Hepatomegaly: No", "Splenomegaly: Yes"]);
    expect(section("context").values[0]).toMatchObject({ label: "Clinical setting", value: "Another viral infection (e.g. influenza, EBV)" });
    expect(section("neurology").values.find((v) => v.path === "neuro.iceItems.writing")?.value).toBe("Not assessable");
  });

  test("every field left empty is named as not assessed, never dropped", () => {
    expect(section("vitals").notAssessed).toContain("Systolic blood pressure");
    expect(section("pathology").values).toEqual([]);
    expect(section("pathology").notAssessed).toHaveLength(3);
    // The ICE screen entered item by item is complete: its score is not listed as missing.
    expect(section("neurology").notAssessed).not.toContain("ICE score");
    expect(enteredData({ schemaVersion: 1 }, {}).find((s) => s.stepId === "neurology")!.notAssessed).toContain("ICE score");
  });

  test("the case title is not repeated among the data, and Review has no section", () => {
    expect(enteredData(assessment, {}).map((s) => s.stepId)).toEqual(["context", "vitals", "findings", "neurology", "laboratory", "pathology"]);
    expect(section("context").values.map((v) => v.path)).not.toContain("label");
  });

  test("a question the form would not ask for this case is not listed as not assessed; a value stored for it still shows", () => {
    const notAsked = (a: AssessmentInput, id: string) => enteredData(a, {}).find((s) => s.stepId === id)!.notAssessed;
    const crsBefore = "CRS (fever with no other cause) was present before the antipyretic or anti-cytokine therapy";
    // Asked only when antipyretic or anti-cytokine therapy was given.
    // Asked (and listed) with the temperature, on the vitals step.
    expect(notAsked({ schemaVersion: 1, context: { antipyreticOrAnticytokineGiven: false } }, "vitals")).not.toContain(crsBefore);
    expect(notAsked({ schemaVersion: 1 }, "vitals")).not.toContain(crsBefore);
    expect(notAsked({ schemaVersion: 1, context: { antipyreticOrAnticytokineGiven: true } }, "vitals")).toContain(crsBefore);
    const kept = enteredData({ schemaVersion: 1, context: { antipyreticOrAnticytokineGiven: false, crsBeforeTherapy: true } }, {}).find((s) => s.stepId === "vitals")!;
    expect(kept.values.map((v) => v.path)).toContain("context.crsBeforeTherapy");
    // The CAPD is for children under 12, ICE from 12: an adult is not "not assessed" on the CAPD.
    expect(notAsked({ schemaVersion: 1, context: { ageYears: 54 } }, "neurology")).not.toContain("CAPD total (Cornell Assessment of Pediatric Delirium)");
    expect(notAsked({ schemaVersion: 1, context: { ageYears: 4 } }, "neurology")).not.toContain("ICE score");
    expect(notAsked({ schemaVersion: 1, context: { ageYears: 4 } }, "neurology")).toContain("CAPD total (Cornell Assessment of Pediatric Delirium)");
    // The airway question is asked only with mechanical ventilation.
    // On room air: neither the airway question, nor the flow, nor another cause for hypoxia.
    const roomAir = notAsked({ schemaVersion: 1, vitals: { oxygenDevice: "none" } }, "vitals");
    expect(roomAir).not.toContain("Ventilated to protect the airway (e.g. in ICANS), not for hypoxia");
    expect(roomAir).not.toContain("Oxygen flow");
    expect(roomAir).not.toContain("Hypoxia attributable to another cause (e.g. pneumonia, fluid overload)");
  });
});
