import { describe, expect, test } from "vitest";
import type { Assessment } from "@/lib/assessment";
import { scoreEach } from "@/lib/scores";
import { matchTherapies, matchTherapy, therapyClass, type Pattern, type TherapyClassId } from "@/lib/therapies";
import { TIER_GROUPS, groupByTier, tierGroupOf } from "@/lib/therapies/groups";
import { knownWith } from "../fixtures";

const facts = (assessment: Assessment) => ({ assessment, results: scoreEach(assessment) });
const group = (id: TherapyClassId, patterns: readonly Pattern[], assessment: Assessment) => tierGroupOf(matchTherapy(therapyClass(id), patterns, facts(assessment)));

const COVID_ON_OXYGEN = knownWith({ context: { setting: "covid-19", daysSinceInfusion: null }, vitals: { oxygenDevice: "nasal-cannula", oxygenFlowLPerMin: 4 } });
const GRADE_1 = knownWith({ vitals: { temperatureMaxC: 39 } });

describe("tierGroupOf", () => {
  test("an approval the case meets is 'approved' (baricitinib, adult COVID-19 on oxygen)", () => {
    expect(group("jak-stat-inhibitors", ["covid-19"], COVID_ON_OXYGEN)).toBe("approved");
  });

  test("an approval the case does not meet is never 'approved' (tocilizumab at CRS grade 1)", () => {
    expect(group("il6-blockade", ["crs-iec"], GRADE_1)).toBe("indication open"); // ASCO's persistent fever at grade 1 is not recorded
    expect(group("glucocorticoids", ["crs-iec"], GRADE_1)).toBe("outside indication");
  });

  test("a class whose met human studies all show no benefit or harm is grouped as such", () => {
    expect(group("antioxidants", ["covid-19"], COVID_ON_OXYGEN)).toBe("no benefit or harm");
    expect(group("ace-inhibitors-arbs", ["covid-19"], COVID_ON_OXYGEN)).toBe("no benefit or harm");
  });

  test("animal work only is preclinical (metyrosine for CRS)", () => {
    expect(group("catecholamine-synthesis-inhibition", ["crs-iec"], GRADE_1)).toBe("preclinical");
  });
});

describe("groupByTier", () => {
  test("loses no class and orders groups strongest first, unmet last", () => {
    const matches = matchTherapies(["covid-19"], facts(COVID_ON_OXYGEN));
    const groups = groupByTier(matches);
    expect(groups.flatMap((g) => g.matches).length).toBe(matches.length);
    expect(groups.map((g) => g.group)).toEqual(TIER_GROUPS.filter((g) => groups.some((x) => x.group === g)));
    expect(groups[0]!.group).toBe("approved");
    expect(groups.at(-1)!.group).toBe("outside indication");
  });
});
