import { describe, expect, test } from "vitest";
import { parseTyped } from "@/lib/form/typed-value";

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
