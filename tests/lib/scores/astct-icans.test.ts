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

  describe("children under 12: the CAPD replaces ICE (ASTCT 2019; ADDITIONS-2026-12.md item 2)", () => {
    const child = (capdScore: number | null, neuro: Record<string, unknown> = {}) =>
      astctIcans(knownWith({ context: { ageYears: 8 }, neuro: { iceScore: null, capdScore, ...neuro } }));

    test.each([
      { capd: 0, grade: 0 }, // our convention: CAPD 0 with nothing else abnormal is no ICANS
      { capd: 1, grade: 1 },
      { capd: 8, grade: 1 },
      { capd: 9, grade: 3 }, // ≥ 9 → grade 3
      { capd: 32, grade: 3 },
    ])("CAPD $capd with an alert child → grade $grade", ({ capd, grade }) => {
      const result = child(capd);
      expect(result.value).toBe(grade);
      expect(criterion(result, "capd")).toMatchObject({ points: grade });
      expect(result.criteria.some((c) => c.id === "ice")).toBe(false);
    });

    test("CAPD 8 with a child who awakens only to voice → grade 2 (consciousness decides 1 vs 2)", () => {
      expect(child(8, { consciousness: "awakens-to-voice" }).value).toBe(2);
    });

    test("CAPD 8 with a child who awakens spontaneously → grade 1", () => {
      expect(child(8, { consciousness: "awakens-spontaneously" }).value).toBe(1);
    });

    test("an unarousable child is grade 4 whatever the CAPD", () => {
      expect(child(null, { consciousness: "unarousable" }).value).toBe(4);
    });

    test("CAPD not recorded: grade 0–3, the CAPD named as missing, not ICE", () => {
      const result = child(null);
      expect([result.min, result.max]).toEqual([0, 3]);
      expect(result.missing).toEqual(["neuro.capdScore"]);
    });

    test("ICE is not read under 12: ICE 2 with CAPD 0 is grade 0", () => {
      expect(child(0, { iceScore: 2 }).value).toBe(0);
    });

    test("age 11.9 uses the CAPD, age 12.0 uses ICE", () => {
      const data = (ageYears: number) => knownWith({ context: { ageYears }, neuro: { iceScore: 10, capdScore: 12 } });
      expect(astctIcans(data(11.9)).value).toBe(3); // CAPD 12 ≥ 9
      expect(astctIcans(data(12)).value).toBe(0); // ICE 10
      expect(criterion(astctIcans(data(11.9)), "capd")).toBeDefined();
      expect(criterion(astctIcans(data(12)), "ice")).toBeDefined();
    });
  });

  describe("age unknown: ICE or CAPD", () => {
    const noAge = (neuro: Record<string, unknown>) => astctIcans(knownWith({ context: { ageYears: null }, neuro: { iceScore: null, capdScore: null, ...neuro } }));

    test("ICE 10 and CAPD 9 recorded: grade 0 (ICE) or 3 (CAPD), the age named as missing", () => {
      const result = noAge({ iceScore: 10, capdScore: 9 });
      expect([result.min, result.max]).toEqual([0, 3]);
      expect(result.missing).toEqual(["context.ageYears"]);
      expect(criterion(result, "ice-or-capd")).toBeDefined();
    });

    test("ICE 2 and CAPD 9 agree on grade 3: the age is not needed", () => {
      const result = noAge({ iceScore: 2, capdScore: 9 });
      expect(result.value).toBe(3);
      expect(result.missing).toEqual([]);
    });

    test("neither recorded: grade 0–3, the age and both tests named", () => {
      const result = noAge({});
      expect([result.min, result.max]).toEqual([0, 3]);
      expect(result.missing).toEqual(["context.ageYears", "neuro.iceScore", "neuro.capdScore"]);
    });
  });

  describe("applicability", () => {
    test("age 12 is applicable, graded by ICE", () => {
      expect(astctIcans(knownWith({ context: { ageYears: 12 } })).applicable).toBe(true);
    });

    test("age 11 is applicable too, graded by the CAPD", () => {
      const result = astctIcans(knownWith({ context: { ageYears: 11 }, neuro: { iceScore: 6, capdScore: 3 } }));
      expect(result.applicable).toBe(true);
      expect(result.applicability).toContain("CAPD");
      expect(result.value).toBe(1);
    });
  });
});
