/**
 * An imported scenario's expected results checked against what crs-screen computes from its own
 * answer key, in words an instructor can act on before using it ("HScore (Fardet 2014): value —
 * 250 here, 299 in the file"). The file may be right and the program wrong, or the other way round: either way the
 * instructor must know before a trainee is marked against it.
 */
import { LEVEL_HEADLINES } from "../screen";
import { screen } from "../screen/screen";
import { INSTRUMENTS } from "../scores/index";
import { INSTRUMENT_IDS } from "../scores/types";
import type { Scenario } from "./schema";
import { isUnfolding, scenarioStages, stageName, type StageView } from "./stages";

const KEYS = ["value", "min", "max", "meetsThreshold", "applicable"] as const;
const KEY_WORDS: Readonly<Record<(typeof KEYS)[number], string>> = {
  value: "value",
  min: "lowest possible value",
  max: "highest possible value",
  meetsThreshold: "meets the threshold",
  applicable: "applies",
};

const shown = (value: unknown): string => {
  if (value === null) return "open";
  if (value === true) return "yes";
  if (value === false) return "no";
  return String(value);
};

/**
 * Each expected result that crs-screen's screening of the answer key does not give (empty: all
 * agree). In an unfolding scenario every stage is checked and each line names its day.
 */
export function expectationDisagreements(scenario: Scenario): readonly string[] {
  const unfolding = isUnfolding(scenario);
  return scenarioStages(scenario).flatMap((stage) => stageDisagreements(stage).map((line) => (unfolding ? `${stageName(stage)} — ${line}` : line)));
}

function stageDisagreements(stage: StageView): readonly string[] {
  const screening = screen(stage.answerKey);
  const level =
    screening.level === stage.expected.level
      ? []
      : [`Overall level: “${LEVEL_HEADLINES[screening.level]}” here, “${LEVEL_HEADLINES[stage.expected.level]}” in the file.`];
  const instruments = INSTRUMENT_IDS.flatMap((id) => {
    const expect = stage.expected.instruments[id];
    const result = screening.instruments.find((r) => r.id === id);
    if (!expect || !result) return [];
    return KEYS.flatMap((key) =>
      expect[key] === undefined || expect[key] === result[key]
        ? []
        : [`${INSTRUMENTS[id].name}: ${KEY_WORDS[key]} — ${shown(result[key])} here, ${shown(expect[key])} in the file.`],
    );
  });
  return [...level, ...instruments];
}
