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
