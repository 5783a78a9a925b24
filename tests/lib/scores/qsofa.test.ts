/**
 * qSOFA (Seymour 2016, Singer 2016) against ../shared/clinical/INSTRUMENTS.md: respiratory rate
 * ≥ 22/min, altered mentation, systolic BP ≤ 100 mmHg; ≥ 2 prompts a sepsis work-up.
 */
import { describe, expect, test } from "vitest";
import { qsofa } from "@/lib/scores";
import { knownWith } from "../fixtures";
import { criterion } from "./helpers";

describe("qsofa", () => {
  test("the fully known normal baseline scores 0", () => {
    const result = qsofa(knownWith({}));
    expect(result.value).toBe(0);
    expect(result.meetsThreshold).toBe(false);
  });

  describe("respiratory rate ≥ 22/min", () => {
    test.each([
      { rate: 21, met: false },
      { rate: 22, met: true },
    ])("$rate/min: met = $met", ({ rate, met }) => {
      const result = qsofa(knownWith({ vitals: { respiratoryRatePerMin: rate } }));
      expect(criterion(result, "respiratory-rate").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  describe("systolic BP ≤ 100 mmHg", () => {
    test.each([
      { sbp: 101, met: false },
      { sbp: 100, met: true },
    ])("$sbp mmHg: met = $met", ({ sbp, met }) => {
      const result = qsofa(knownWith({ vitals: { systolicBpMmHg: sbp, diastolicBpMmHg: 60 } }));
      expect(criterion(result, "systolic-bp").met).toBe(met);
      expect(result.value).toBe(met ? 1 : 0);
    });
  });

  test("altered mentation meets its criterion", () => {
    const result = qsofa(knownWith({ findings: { alteredMentation: true } }));
    expect(criterion(result, "altered-mentation").met).toBe(true);
    expect(result.value).toBe(1);
  });

  describe("altered mentation (GCS < 15) when the finding is not recorded", () => {
    test.each([
      { consciousness: "awakens-to-voice" },
      { consciousness: "awakens-to-touch" },
      { consciousness: "unarousable" },
    ] as const)("a patient who $consciousness has GCS < 15: met", ({ consciousness }) => {
      const result = qsofa(knownWith({ findings: { alteredMentation: null }, neuro: { consciousness } }));
      expect(criterion(result, "altered-mentation").met).toBe(true);
      expect(result.value).toBe(1);
    });

    test("an alert patient may still be confused (GCS 14): open", () => {
      const result = qsofa(knownWith({ findings: { alteredMentation: null }, neuro: { consciousness: "alert" } }));
      expect(criterion(result, "altered-mentation").met).toBeNull();
      expect(result.min).toBe(0);
      expect(result.max).toBe(1);
      expect(result.missing).toContain("findings.alteredMentation");
    });
  });

  describe("threshold ≥ 2", () => {
    test("1 criterion does not meet it", () => {
      const result = qsofa(knownWith({ vitals: { respiratoryRatePerMin: 24 } }));
      expect(result.value).toBe(1);
      expect(result.meetsThreshold).toBe(false);
    });

    test("2 criteria meet it", () => {
      const result = qsofa(knownWith({ vitals: { respiratoryRatePerMin: 24, systolicBpMmHg: 95, diastolicBpMmHg: 60 } }));
      expect(result.value).toBe(2);
      expect(result.meetsThreshold).toBe(true);
    });

    test("all 3 criteria score 3", () => {
      const result = qsofa(
        knownWith({ vitals: { respiratoryRatePerMin: 30, systolicBpMmHg: 85, diastolicBpMmHg: 50 }, findings: { alteredMentation: true } }),
      );
      expect(result.value).toBe(3);
    });
  });

  describe("unknown inputs", () => {
    test("respiratory rate unknown with the others normal: 0–1, threshold not met either way", () => {
      const result = qsofa(knownWith({ vitals: { respiratoryRatePerMin: null } }));
      expect(result.min).toBe(0);
      expect(result.max).toBe(1);
      expect(result.value).toBeNull();
      expect(result.meetsThreshold).toBe(false);
      expect(result.missing).toEqual(["vitals.respiratoryRatePerMin"]);
    });

    test("respiratory rate unknown with SBP 90: 1–2, threshold open", () => {
      const result = qsofa(knownWith({ vitals: { respiratoryRatePerMin: null, systolicBpMmHg: 90, diastolicBpMmHg: 60 } }));
      expect(result.min).toBe(1);
      expect(result.max).toBe(2);
      expect(result.meetsThreshold).toBeNull();
    });
  });
});

/**
 * Sepsis-3 derived and validated qSOFA in adults (../shared/spec/ASSESSMENT.md, second 2026-12
 * addition): it applies from 18 years; under 18 it is shown for teaching, marked not applicable.
 * Age unknown leaves applicability open — the boolean keeps it applicable, and the words say adults only.
 */
describe("qsofa applies to adults only", () => {
  test.each([
    { ageYears: 4, applicable: false },
    { ageYears: 17.9, applicable: false },
    { ageYears: 18, applicable: true },
    { ageYears: 54, applicable: true },
  ])("$ageYears years: applicable = $applicable", ({ ageYears, applicable }) => {
    expect(qsofa(knownWith({ context: { ageYears } })).applicable).toBe(applicable);
  });

  test("the 4-year-old at 85/50, RR 30, altered mentation still scores 3 — shown for teaching, not applicable, naming the paediatric criteria", () => {
    const result = qsofa(knownWith({ context: { ageYears: 4 }, vitals: { hypotension: null, systolicBpMmHg: 85, diastolicBpMmHg: 50, respiratoryRatePerMin: 30 }, findings: { alteredMentation: true } }));
    expect([result.value, result.meetsThreshold, result.applicable]).toEqual([3, true, false]);
    expect(result.applicability).toBe(
      "Derived and validated in adults (Sepsis-3): under 18 it does not apply and prompts nothing — shown for teaching. Paediatric sepsis criteria differ from qSOFA (the Phoenix Sepsis Criteria, Schlapbach 2024).",
    );
  });

  test("age unknown: applicable (the result's boolean cannot say 'open'), and says it applies to adults only", () => {
    const result = qsofa(knownWith({ context: { ageYears: null } }));
    expect(result.applicable).toBe(true);
    expect(result.applicability).toMatch(/^Age not recorded: qSOFA applies to adults \(18 or over\) only/);
  });
});
