import { describe, expect, test } from "vitest";
import { therapiesForPatterns, therapyClass } from "@/lib/therapies";
import { groupByTier, tierGroupOf } from "@/lib/therapies/groups";

describe("tierGroupOf", () => {
  test("an approved line wins over weaker ones (IL-6 blockade for CRS)", () => {
    expect(tierGroupOf(therapyClass("il6-blockade"), ["crs-iec"])).toBe("approved");
  });

  test("a class whose human studies all show no benefit or harm is grouped as such (antioxidants, ACE inhibitors in COVID-19)", () => {
    expect(tierGroupOf(therapyClass("antioxidants"), ["covid-19"])).toBe("no benefit or harm");
    expect(tierGroupOf(therapyClass("ace-inhibitors-arbs"), ["covid-19"])).toBe("no benefit or harm");
  });

  test("mixed human evidence stays with the trials and cohorts (macrolides)", () => {
    expect(tierGroupOf(therapyClass("macrolides"), ["viral-hyperinflammation"])).toBe("clinical studies");
  });

  test("animal work only is preclinical (metyrosine for CRS)", () => {
    expect(tierGroupOf(therapyClass("catecholamine-synthesis-inhibition"), ["crs-iec"])).toBe("preclinical");
  });

  test("a class with no line for the patterns has no group", () => {
    expect(tierGroupOf(therapyClass("etoposide-hlh"), ["crs-iec"])).toBeNull();
  });
});

describe("groupByTier", () => {
  test("loses no class and orders groups strongest first", () => {
    const patterns = ["viral-hyperinflammation", "hlh"] as const;
    const therapies = therapiesForPatterns(patterns);
    const groups = groupByTier(therapies, patterns);
    expect(groups.flatMap((g) => g.therapies).length).toBe(therapies.length);
    expect(groups.map((g) => g.group)).toEqual(["approved", "guideline", "clinical studies", "preclinical", "no benefit or harm"].filter((g) => groups.some((x) => x.group === g)));
    expect(groups[0]!.group).toBe("approved");
  });
});
