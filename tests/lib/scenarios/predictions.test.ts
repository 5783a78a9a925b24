import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { scenarioStages } from "@/lib/scenarios/stages";
import { screen } from "@/lib/screen/screen";
import {
  computedAnswers,
  loadPlay,
  PLAY_KEY,
  predictionItemsFor,
  predictionsFormSchema,
  PredictionsSchema,
  savePlay,
  scoreLine,
  scorePredictions,
  type Predictions,
} from "@/lib/scenarios/predictions";
import { tallyLine } from "@/lib/scenarios/prediction-words";

const stageKey = (id: string, n: number) => scenarioStages(builtinScenarios().find((s) => s.id === id)!)[n - 1]!.answerKey;

function memory(): Storage {
  const map = new Map<string, string>();
  return {
    getItem: (k: string) => map.get(k) ?? null,
    setItem: (k: string, v: string) => void map.set(k, v),
    removeItem: (k: string) => void map.delete(k),
    clear: () => map.clear(),
    key: () => null,
    get length() {
      return map.size;
    },
  };
}

describe("computed answers", () => {
  test("CAR-T day 2: CRS grade 2, ICANS 0, HScore and HLH-2004 not met, MAS-2016 does not apply, consistent", () => {
    expect(computedAnswers(screen(stageKey("cart-crs-unfolding-treated", 2)))).toEqual({
      crsGrade: "2",
      icansGrade: "0",
      hscore: "not-met",
      hlh2004: "not-met",
      mas2016: "not-applicable",
      level: "consistent",
    });
  });

  test("EBV admission: the grades do not apply, HScore and HLH-2004 cannot be told yet — unknown is not normal", () => {
    expect(computedAnswers(screen(stageKey("ebv-hlh-workup-unfolding", 1)))).toEqual({
      crsGrade: "not-applicable",
      icansGrade: "not-applicable",
      hscore: "open",
      hlh2004: "open",
      mas2016: "not-applicable",
      level: "incomplete",
    });
  });
});

describe("scoring predictions", () => {
  const right: Predictions = { crsGrade: "2", icansGrade: "0", hscore: "not-met", hlh2004: "not-met", mas2016: "not-applicable", level: "consistent" };

  test("all six right", () => {
    const score = scorePredictions(right, screen(stageKey("cart-crs-unfolding-treated", 2)));
    expect([score.correct, score.total]).toEqual([6, 6]);
  });

  test("two misses are reported with the predicted and the computed value", () => {
    const score = scorePredictions({ ...right, crsGrade: "3", hscore: "open" }, screen(stageKey("cart-crs-unfolding-treated", 2)));
    expect(score.correct).toBe(4);
    expect(score.outcomes.filter((o) => !o.correct)).toEqual([
      { key: "crsGrade", label: "ASTCT CRS grade", predicted: "3", computed: "2", correct: false },
      { key: "hscore", label: "HScore ≥ 169", predicted: "open", computed: "not-met", correct: false },
    ]);
    expect(scoreLine(score, { passed: 7, total: 8 })).toBe("Predictions 4 of 6 · Data entry 7 of 8");
    expect(scoreLine(null, { passed: 2, total: 3 })).toBe("Data entry 2 of 3");
  });

  test("the schema refuses a missing or unknown answer with a message that says what to choose", () => {
    const parsed = PredictionsSchema.safeParse({ ...right, crsGrade: "5", level: undefined });
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "crsGrade: Choose a grade, “cannot tell yet” or “does not apply”",
      "level: Choose the level you expect",
    ]);
  });
});

describe("the questions a stage asks (issue 28: only instruments that apply to the case)", () => {
  const keys = (id: string, n: number) => predictionItemsFor(screen(stageKey(id, n))).map((i) => i.key);

  test("a 61-year-old after CAR-T: the ASTCT grades, HScore and HLH-2004 and the level — no MAS-2016 (sJIA not known)", () => {
    expect(keys("cart-crs-unfolding-treated", 1)).toEqual(["crsGrade", "icansGrade", "hscore", "hlh2004", "level"]);
  });

  test("an 8-year-old with sJIA: HLH-2004, MAS-2016 and the level — no ASTCT (not after immune effector cells), no HScore (under 18)", () => {
    expect(keys("sjia-flare-into-mas", 1)).toEqual(["hlh2004", "mas2016", "level"]);
  });

  test("the form's schema asks exactly those questions; only what was asked is scored", () => {
    const items = predictionItemsFor(screen(stageKey("cart-crs-unfolding-treated", 2)));
    const form = predictionsFormSchema(items);
    expect(form.safeParse({ crsGrade: "2", icansGrade: "0", hscore: "not-met", hlh2004: "not-met", level: "consistent" }).success).toBe(true);
    expect(form.safeParse({ crsGrade: "2", icansGrade: "0", hscore: "not-met", level: "consistent" }).success).toBe(false);
    const score = scorePredictions({ crsGrade: "2", icansGrade: "0", hscore: "not-met", hlh2004: "not-met", level: "consistent" }, screen(stageKey("cart-crs-unfolding-treated", 2)));
    expect([score.correct, score.total]).toEqual([5, 5]);
  });

  test("the tally beside the heading counts every mark shown: predictions and data entry", () => {
    expect(tallyLine({ correct: 4, total: 5 }, { passed: 3, total: 3 })).toBe("7 of 8 (88 %)");
    expect(tallyLine(null, { passed: 3, total: 3 })).toBe("3 of 3 (100 %)");
  });
});

describe("the play in sessionStorage", () => {
  test("starts at stage 1; saved predictions come back for the same scenario only; damage starts again", () => {
    const storage = memory();
    expect(loadPlay(storage, "a")).toEqual({ scenarioId: "a", stage: 1, predictions: {} });
    const predictions: Predictions = { crsGrade: "1", icansGrade: "0", hscore: "not-met", hlh2004: "open", mas2016: "not-applicable", level: "consistent" };
    savePlay(storage, { scenarioId: "a", stage: 2, predictions: { "1": predictions } });
    expect(loadPlay(storage, "a")).toEqual({ scenarioId: "a", stage: 2, predictions: { "1": predictions } });
    expect(loadPlay(storage, "b").stage).toBe(1);
    storage.setItem(PLAY_KEY, "{not json");
    expect(loadPlay(storage, "a").stage).toBe(1);
  });
});
