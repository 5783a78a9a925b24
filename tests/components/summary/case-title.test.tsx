import { describe, expect, test } from "vitest";
import { caseTitle } from "@/components/summary/case-title";

describe("caseTitle: the case's name on the summary", () => {
  test("the label, when the case has one", () => {
    expect(caseTitle("EBV teaching case", { day: 3 })).toBe("EBV teaching case");
  });

  test("an unlabelled case over time is named by its day (and time), so two days' printouts are told apart", () => {
    expect(caseTitle(undefined, { day: 3 })).toBe("Training case — day 3");
    expect(caseTitle(null, { day: 5, time: "08:00" })).toBe("Training case — day 5, 08:00");
    expect(caseTitle("  ", { day: 0 })).toBe("Training case — day 0");
  });

  test("an unlabelled single assessment is an untitled training case", () => {
    expect(caseTitle(undefined, null)).toBe("Untitled training case");
  });
});
