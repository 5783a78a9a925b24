"use client";

import { useSyncExternalStore } from "react";
import type { Assessment } from "@/lib/assessment/schema";
import { SCENARIO_TAG_KEY, findScenario } from "@/lib/scenarios/library";
import { runScenario } from "@/lib/scenarios/runner";

const noSubscription = () => () => {};

/**
 * When the case was started from a scenario, the trainee's Assessment is checked against the
 * scenario's checklist: each item ticked or crossed, the teaching point for each miss, and a score.
 */
export function ScenarioChecklist({ assessment }: { readonly assessment: Assessment }) {
  const tag = useSyncExternalStore(noSubscription, () => window.sessionStorage.getItem(SCENARIO_TAG_KEY), () => null);
  if (!tag) return null;
  const scenario = findScenario(tag, window.sessionStorage);
  if (!scenario) return null;
  const run = runScenario(scenario, assessment);
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
