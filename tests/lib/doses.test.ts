/**
 * No doses anywhere (issue 15, item 1): every built-in text — scenarios, the therapy catalogue,
 * instrument definitions, sources, differentials, mechanisms, the disclaimers — is scanned for a
 * number with mg, µg/mcg, U, IU or mL per kg, m², min, h or day. The rendered pages are scanned in
 * tests/components/pages/no-doses.test.tsx.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { DISCLAIMER } from "@/lib/disclaimer";
import { DOSE_PATTERN, dosesIn } from "@/lib/doses";
import { INSTRUMENTS } from "@/lib/scores";
import { DIFFERENTIAL_RULES, LEVEL_RULE, MEDIATORS } from "@/lib/screen";
import { SOURCES } from "@/lib/sources";
import { THERAPY_CLASSES, THERAPY_DISCLAIMER } from "@/lib/therapies";

const BUILTIN = new URL("../../lib/scenarios/builtin/", import.meta.url);

/** Every string inside a value, however deeply nested. */
function strings(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === "object") return Object.values(value).flatMap(strings);
  return [];
}

describe("the dose pattern", () => {
  test.each([
    "received tocilizumab 8 mg/kg and paracetamol", // the old cart-crs-after-tocilizumab vignette
    "He is on a norepinephrine infusion at 0.25 µg/kg/min, and vasopressin 0.03 U/min has been added", // the old cart-crs-grade-4 vignette
    "etoposide 150 mg/m²",
    "dexamethasone 10 mg/m2 a day",
    "5 mcg/kg/min",
    "anakinra 2 mg/kg per day",
    "20 mL/kg bolus",
    "100 IU/kg",
    "1 mg per kg",
    "4 units/h",
  ])("catches “%s”", (text) => {
    expect(text).toMatch(DOSE_PATTERN);
  });

  test("finds both doses in the old grade-4 vignette", () => {
    expect(dosesIn("norepinephrine infusion at 0.25 µg/kg/min, and vasopressin 0.03 U/min")).toEqual(["0.25 µg/kg", "0.03 U/min"]);
  });

  test.each(["AST 45 U/L", "ferritin 2400 ng/mL", "fibrinogen 360 mg/dL", "sCD25 3100 U/mL", "nasal cannula 4 L/min", "D-dimer 1.5 µg/mL FEU", "creatinine 1.1 mg/dL", "started 48 h after infection", "3 L of crystalloid"])(
    "leaves the laboratory value or time “%s” alone",
    (text) => {
      expect(text).not.toMatch(DOSE_PATTERN);
    },
  );
});

describe("no built-in text gives a dose", () => {
  test.each(readdirSync(BUILTIN).filter((f) => f.endsWith(".json") || f.endsWith(".md")))("scenario file %s", (file) => {
    expect(dosesIn(readFileSync(new URL(file, BUILTIN), "utf8"))).toEqual([]);
  });

  test.each([
    ["the therapy catalogue", THERAPY_CLASSES],
    ["the instrument definitions", INSTRUMENTS],
    ["the sources", SOURCES],
    ["the differentials", DIFFERENTIAL_RULES.map(({ title, text }) => ({ title, text }))],
    ["the mechanisms", MEDIATORS],
    ["the disclaimers and the level rule", [DISCLAIMER, THERAPY_DISCLAIMER, LEVEL_RULE]],
  ] as const)("%s", (_name, texts) => {
    expect(strings(texts).flatMap(dosesIn)).toEqual([]);
  });
});
