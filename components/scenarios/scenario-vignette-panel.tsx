"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { BROWSER_STORES, sessionValue } from "@/components/assessment/use-browser-stores";
import { SCENARIO_TAG_KEY } from "@/lib/form/keys";
import { PLAY_KEY, storedStage } from "@/lib/scenarios/play-key";

interface Shown {
  readonly id: string;
  readonly title: string;
  /** "Day 2" while an unfolding scenario is played; absent otherwise. */
  readonly stage?: string;
  readonly vignette: readonly string[];
}

/**
 * While a scenario is played, its vignette on every step, in a panel that opens and closes — no
 * juggling tabs on a phone. The scenario library is loaded after the step has rendered, and only
 * when the case was started from a scenario.
 */
const noSubscription = () => () => {};

export function ScenarioVignettePanel() {
  // Read again on each step (the path changes): a cleared case drops its scenario tag.
  const pathname = usePathname();
  const id = useSyncExternalStore(noSubscription, () => sessionValue(SCENARIO_TAG_KEY), () => null);
  const [loaded, setLoaded] = useState<Shown | null>(null);
  useEffect(() => {
    const session = BROWSER_STORES?.session;
    if (!session || !id) return;
    let cancelled = false;
    void Promise.all([import("@/lib/scenarios/library"), import("@/lib/scenarios/stages"), import("@/lib/scenarios/trainee-title")]).then(
      ([{ findScenario }, { scenarioStages, stageName, isUnfolding }, { traineeTitle }]) => {
      const scenario = findScenario(id, session);
      if (cancelled || !scenario) return;
      // An unfolding scenario shows the stage being played: today's vignette, not the first day's.
      const stages = scenarioStages(scenario);
      const stage = stages[Math.min(storedStage(session.getItem(PLAY_KEY), scenario.id), stages.length) - 1]!;
      // The neutral title: the teaching title would give the answer away above every step.
      setLoaded({ id: scenario.id, title: traineeTitle(scenario), vignette: stage.vignette, ...(isUnfolding(scenario) ? { stage: stageName(stage) } : {}) });
      },
    );
    return () => {
      cancelled = true;
    };
    // The path is a dependency: going on to the next day keeps the scenario but changes the stage.
  }, [id, pathname]);
  const shown = loaded && loaded.id === id ? loaded : null;
  if (!shown) return null;
  return (
    <div className="scenario-vignette no-print">
      <details>
        <summary>
          Scenario vignette: <strong>{shown.title}</strong>
          {shown.stage ? ` — ${shown.stage}` : null}
        </summary>
        {shown.vignette.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </details>
    </div>
  );
}
