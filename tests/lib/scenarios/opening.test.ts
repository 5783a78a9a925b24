import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { OPENING_MAX_CHARS, vignetteOpening } from "@/lib/scenarios/opening";

describe("vignetteOpening", () => {
  test("is the first sentence of the first paragraph", () => {
    expect(vignetteOpening(["A 34-year-old woman has a fever. Her ferritin is 14 500 ng/mL.", "More."])).toBe("A 34-year-old woman has a fever.");
  });

  test("a full stop inside a number does not end the sentence", () => {
    expect(vignetteOpening(["Her temperature was 38.9 °C overnight. Then it fell."])).toBe("Her temperature was 38.9 °C overnight.");
  });

  test("a long sentence is cut at a word and marked", () => {
    const long = `A ${"very ".repeat(60)}long sentence.`;
    const opening = vignetteOpening([long]);
    expect(opening.length).toBeLessThanOrEqual(OPENING_MAX_CHARS);
    expect(opening).toMatch(/very…$/);
  });

  test("no built-in card gives its teaching point away", () => {
    for (const s of builtinScenarios()) {
      const opening = vignetteOpening(s.vignette);
      expect(opening.length).toBeGreaterThan(20);
      expect(opening).not.toContain(s.teaches);
      expect(s.vignette[0]!.startsWith(opening.replace(/…$/, ""))).toBe(true);
    }
  });
});
