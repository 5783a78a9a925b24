/**
 * ASTCT ICANS grade (Lee 2019) against ../shared/clinical/INSTRUMENTS.md: the most severe domain
 * wins; ICE 7–9 → 1, 3–6 → 2, 0–2 → 3; ICE 10 with every domain normal → 0.
 */
import { describe, expect, test } from "vitest";
import { astctIcans, lowestPoints, highestPoints } from "@/lib/scores";
import { knownWith } from "../fixtures";
import { criterion } from "./helpers";

const FULL_ICE = { orientation: 4, naming: 3, commands: 1, writing: 1, attention: 1 } as const;

describe("astctIcans", () => {
  describe("ICE score", () => {
    test.each([
      { ice: 10, grade: 0 },
      { ice: 9, grade: 1 },
      { ice: 8, grade: 1 },
      { ice: 7, grade: 1 },
      { ice: 6, grade: 2 },
      { ice: 5, grade: 2 },
      { ice: 3, grade: 2 },
      { ice: 2, grade: 3 },
      { ice: 1, grade: 3 },
      { ice: 0, grade: 3 },
    ])("ICE $ice with every other domain normal is grade $grade", ({ ice, grade }) => {
      const result = astctIcans(knownWith({ neuro: { iceScore: ice } }));
      expect(result.value).toBe(grade);
      expect(result.min).toBe(grade);
      expect(result.max).toBe(grade);
      expect(criterion(result, "ice").points).toBe(grade);
      expect(result.meetsThreshold).toBe(grade >= 1);
    });

    test("an awake patient with global aphasia (ICE 0, alert) is grade 3, not 4", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: 0, consciousness: "alert" } }));
      expect(result.value).toBe(3);
    });
  });

  describe("other domains (ICE 10)", () => {
    test.each([
      { label: "alert", neuro: { consciousness: "alert" }, grade: 0 },
      { label: "awakens spontaneously", neuro: { consciousness: "awakens-spontaneously" }, grade: 1 },
      { label: "awakens to voice", neuro: { consciousness: "awakens-to-voice" }, grade: 2 },
      { label: "awakens only to touch", neuro: { consciousness: "awakens-to-touch" }, grade: 3 },
      { label: "unarousable", neuro: { consciousness: "unarousable" }, grade: 4 },
      { label: "a seizure that resolves rapidly", neuro: { seizure: "resolving" }, grade: 3 },
      { label: "a prolonged or repetitive seizure", neuro: { seizure: "prolonged" }, grade: 4 },
      { label: "deep focal motor weakness", neuro: { motorWeakness: true }, grade: 4 },
      { label: "focal oedema on imaging", neuro: { cerebralEdema: "focal" }, grade: 3 },
      { label: "diffuse oedema", neuro: { cerebralEdema: "diffuse" }, grade: 4 },
    ] as const)("$label is grade $grade", ({ neuro, grade }) => {
      const result = astctIcans(knownWith({ neuro: { iceScore: 10, ...neuro } }));
      expect(result.value).toBe(grade);
      expect(result.meetsThreshold).toBe(grade >= 1);
    });
  });

  describe("the most severe domain wins", () => {
    test.each([
      { label: "ICE 8 (1) and awakens to voice (2)", neuro: { iceScore: 8, consciousness: "awakens-to-voice" }, grade: 2 },
      { label: "ICE 5 (2) and focal oedema (3)", neuro: { iceScore: 5, cerebralEdema: "focal" }, grade: 3 },
      { label: "ICE 2 (3) and motor weakness (4)", neuro: { iceScore: 2, motorWeakness: true }, grade: 4 },
      { label: "ICE 9 (1) and a resolving seizure (3)", neuro: { iceScore: 9, seizure: "resolving" }, grade: 3 },
      { label: "ICE 0 (3) and awakens spontaneously (1)", neuro: { iceScore: 0, consciousness: "awakens-spontaneously" }, grade: 3 },
      { label: "ICE 6 (2), awakens to touch (3) and diffuse oedema (4)", neuro: { iceScore: 6, consciousness: "awakens-to-touch", cerebralEdema: "diffuse" }, grade: 4 },
    ] as const)("$label → grade $grade", ({ neuro, grade }) => {
      expect(astctIcans(knownWith({ neuro })).value).toBe(grade);
    });
  });

  describe("ICE from its items", () => {
    test("all items full (no total given) is ICE 10: grade 0", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: null, iceItems: FULL_ICE } }));
      expect(result.value).toBe(0);
      expect(result.meetsThreshold).toBe(false);
    });

    test("items summing to 7 are grade 1", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: null, iceItems: { ...FULL_ICE, orientation: 1 } } }));
      expect(result.value).toBe(1);
    });

    test("writing not assessable, the rest full: ICE 9–10, so grade 0–1 and the threshold open", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: null, iceItems: { ...FULL_ICE, writing: null } } }));
      expect(result.value).toBeNull();
      expect(result.min).toBe(0);
      expect(result.max).toBe(1);
      expect(result.meetsThreshold).toBeNull();
      const ice = criterion(result, "ice");
      expect(ice.points).toBeNull();
      expect(lowestPoints(ice)).toBe(0);
      expect(highestPoints(ice)).toBe(1);
    });

    test("orientation not assessable, the rest full: ICE 6–10, so grade 0–2", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: null, iceItems: { ...FULL_ICE, orientation: null } } }));
      expect(result.value).toBeNull();
      expect(result.min).toBe(0);
      expect(result.max).toBe(2);
      expect(result.meetsThreshold).toBeNull();
    });

    test("naming not assessable with the others at 2+1+1+1: ICE 5–8, grade 1–2, threshold met either way", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: null, iceItems: { orientation: 2, naming: null, commands: 1, writing: 1, attention: 1 } } }));
      expect(result.value).toBeNull();
      expect(result.min).toBe(1);
      expect(result.max).toBe(2);
      expect(result.meetsThreshold).toBe(true);
    });

    test("writing not assessable with the others at 3+3+1+0: ICE 7–8 is grade 1 either way, so the value is known", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: null, iceItems: { orientation: 3, naming: 3, commands: 1, writing: null, attention: 0 } } }));
      expect(result.min).toBe(1);
      expect(result.max).toBe(1);
      expect(result.value).toBe(1);
      expect(result.meetsThreshold).toBe(true);
    });

    test("writing not assessable with every other item 0: ICE 0–1 is grade 3 either way", () => {
      const result = astctIcans(knownWith({ neuro: { iceScore: null, iceItems: { orientation: 0, naming: 0, commands: 0, writing: null, attention: 0 } } }));
      expect(result.value).toBe(3);
    });
  });

  describe("applicability (ICE is for ages ≥ 12)", () => {
    test("age 12 is applicable", () => {
      expect(astctIcans(knownWith({ context: { ageYears: 12 } })).applicable).toBe(true);
    });

    test("age 11 is not applicable, but the grade is still computed", () => {
      const result = astctIcans(knownWith({ context: { ageYears: 11 }, neuro: { iceScore: 6 } }));
      expect(result.applicable).toBe(false);
      expect(result.value).toBe(2);
    });
  });
});
