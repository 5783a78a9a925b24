"use client";

import { useEffect, useState } from "react";
import { useScenarioTag } from "./use-scenario-tag";

/**
 * Whether the case being viewed is a day of an unfolding scenario whose predictions are not yet
 * committed (issue 18 item 5): then no view may show that day's result — the summary sends the
 * trainee to the result page, where the predictions are asked for. null while it is worked out;
 * false for any case not started from an unfolding scenario. The scenario library loads only for
 * a case started from a scenario.
 */
export function usePredictionsPending(): boolean | null {
  const tag = useScenarioTag();
  const [pending, setPending] = useState<{ readonly tag: string; readonly value: boolean } | null>(null);
  useEffect(() => {
    if (tag === null) return;
    let live = true;
    void Promise.all([import("@/lib/scenarios/library"), import("@/lib/scenarios/stages"), import("@/lib/scenarios/predictions")]).then(
      ([{ findScenario }, { isUnfolding, scenarioStages }, { loadPlay }]) => {
        const scenario = findScenario(tag, window.sessionStorage);
        let value = false;
        if (scenario !== undefined && isUnfolding(scenario)) {
          // The stage being played, as the result page's checklist reads it.
          const play = loadPlay(window.sessionStorage, scenario.id);
          const stage = Math.min(play.stage, scenarioStages(scenario).length);
          value = play.predictions[String(stage)] === undefined;
        }
        if (live) setPending({ tag, value });
      },
    );
    return () => {
      live = false;
    };
  }, [tag]);
  if (tag === null) return false;
  return pending !== null && pending.tag === tag ? pending.value : null;
}
