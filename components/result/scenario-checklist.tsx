"use client";

import { useEffect, useState, useSyncExternalStore } from "react";
import type { Assessment } from "@/lib/assessment/schema";
import { SCENARIO_TAG_KEY } from "@/lib/form/keys";
import type { Scenario } from "@/lib/scenarios/schema";
import type { ScenarioRun } from "@/lib/scenarios/runner";

const noSubscription = () => () => {};

/**
 * When the case was started from a scenario, the trainee's Assessment is checked against the
 * scenario's checklist: each item ticked or crossed, the teaching point for each miss, and a score.
 * The scenario library is loaded only for such a case.
 */
export function ScenarioChecklist({ assessment }: { readonly assessment: Assessment }) {
  const tag = useSyncExternalStore(noSubscription, () => window.sessionStorage.getItem(SCENARIO_TAG_KEY), () => null);
  const [checked, setChecked] = useState<{ readonly scenario: Scenario; readonly run: ScenarioRun } | null>(null);
  useEffect(() => {
    if (!tag) return;
    let cancelled = false;
    void Promise.all([import("@/lib/scenarios/library"), import("@/lib/scenarios/runner")]).then(([{ findScenario }, { runScenario }]) => {
      const scenario = findScenario(tag, window.sessionStorage);
      if (!cancelled) setChecked(scenario ? { scenario, run: runScenario(scenario, assessment) } : null);
    });
    return () => {
      cancelled = true;
    };
  }, [tag, assessment]);
  if (!tag || !checked) return null;
  const { scenario, run } = checked;
  const total = run.checklist.length;
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        Scenario checklist: {scenario.title} — {run.checklistPassed} of {total} ({Math.round((100 * run.checklistPassed) / total)} %)
      </h2>
      <ul>
        {run.checklist.map((item) => (
          <li key={item.id} className={item.passed ? "passed" : "missed"}>
            <span aria-hidden="true">{item.passed ? "✓" : "✗"}</span> <strong>{item.passed ? "Done" : "Missed"}:</strong> {item.label}
            {item.passed ? null : (
              <p className="teaching-point">
                <strong>Teaching point:</strong> {item.teachingPoint} <span className="small">(found: {item.detail})</span>
              </p>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
