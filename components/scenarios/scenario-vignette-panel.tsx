"use client";

import { usePathname } from "next/navigation";
import { useEffect, useState, useSyncExternalStore } from "react";
import { BROWSER_STORES, sessionValue } from "@/components/assessment/use-browser-stores";
import { SCENARIO_TAG_KEY } from "@/lib/form/keys";

interface Shown {
  readonly id: string;
  readonly title: string;
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
  usePathname();
  const id = useSyncExternalStore(noSubscription, () => sessionValue(SCENARIO_TAG_KEY), () => null);
  const [loaded, setLoaded] = useState<Shown | null>(null);
  useEffect(() => {
    const session = BROWSER_STORES?.session;
    if (!session || !id) return;
    let cancelled = false;
    void import("@/lib/scenarios/library").then(({ findScenario }) => {
      const scenario = findScenario(id, session);
      if (!cancelled && scenario) setLoaded({ id: scenario.id, title: scenario.title, vignette: scenario.vignette });
    });
    return () => {
      cancelled = true;
    };
  }, [id]);
  const shown = loaded && loaded.id === id ? loaded : null;
  if (!shown) return null;
  return (
    <div className="scenario-vignette no-print">
      <details>
        <summary>
          Scenario vignette: <strong>{shown.title}</strong>
        </summary>
        {shown.vignette.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </details>
    </div>
  );
}
