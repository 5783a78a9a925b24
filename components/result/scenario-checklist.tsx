"use client";

import dynamic from "next/dynamic";
import { useEffect, useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import { ModalDialog } from "@/components/dialog/modal-dialog";
import type { Assessment } from "@/lib/assessment/schema";
import type { PredictionItem, PredictionScore, Predictions } from "@/lib/scenarios/predictions";
import { tallyLine } from "@/lib/scenarios/prediction-words";
import type { ScenarioRun } from "@/lib/scenarios/runner";
import type { Scenario } from "@/lib/scenarios/schema";
import type { StageView } from "@/lib/scenarios/stages";
import { useScenarioTag } from "@/components/scenarios/use-scenario-tag";
import type { TimePointAt } from "@/lib/case/schema";

const atOf = (stage: StageView): TimePointAt | null => (stage.day === null ? null : { day: stage.day, ...(stage.time === undefined ? {} : { time: stage.time }) });

// The form (zod and its resolver) loads only when a trainee is asked to predict.
// The reveal too: the result page of a case not started from an unfolding scenario never needs either.
const PredictionReveal = dynamic(() => import("@/components/scenarios/prediction-reveal").then((m) => m.PredictionReveal), { ssr: false });
const PredictionForm = dynamic(() => import("@/components/scenarios/prediction-form").then((m) => m.PredictionForm), { ssr: false });

interface Checked {
  readonly scenario: Scenario;
  readonly stage: StageView;
  readonly stageCount: number;
  readonly stageName: string;
  /** The next stage's name ("Day 4"); null on the last stage or for a scenario that does not unfold. */
  readonly nextName: string | null;
  /** The next stage's day and time: the case's next time-point. */
  readonly nextAt: TimePointAt | null;
  readonly unfolding: boolean;
  readonly run: ScenarioRun;
  /** The stage's committed predictions, scored; null until committed (or for a scenario that does not unfold). */
  readonly predictions: PredictionScore | null;
  /** The questions this stage asks: the level and the instruments that apply to the case. */
  readonly predictionItems: readonly PredictionItem[];
  /** The teaching title once the attempt is over (its last day); the neutral title before. */
  readonly title: string;
}

/**
 * When the case was started from a scenario, the trainee's Assessment is checked against the
 * scenario's checklist: each item ticked or crossed, the teaching point for each miss, and a score.
 * An unfolding scenario is checked against the stage being played, asks for predictions before
 * the stage's result is shown, sets them against the computed values, and goes on to the next day.
 * The scenario library is loaded only for such a case; everything stays in this browser.
 */
export function ScenarioChecklist({
  assessment,
  onWithhold,
}: {
  readonly assessment: Assessment;
  /** Told whether the result must stay hidden: true while this stage's predictions are not committed. */
  readonly onWithhold?: (withhold: boolean) => void;
}) {
  const tag = useScenarioTag();
  const [checked, setChecked] = useState<Checked | null>(null);
  const [committedCount, setCommittedCount] = useState(0);
  useEffect(() => {
    if (!tag) return;
    let cancelled = false;
    void Promise.all([
      import("@/lib/scenarios/library"),
      import("@/lib/scenarios/runner"),
      import("@/lib/scenarios/stages"),
      import("@/lib/scenarios/predictions"),
      import("@/lib/screen/screen"),
      import("@/lib/scenarios/trainee-title"),
    ]).then(([{ findScenario }, { runStage }, { scenarioStages, stageName, isUnfolding }, { loadPlay, predictionItemsFor, scorePredictions }, { screen }, { titleAfterStage }]) => {
      const scenario = findScenario(tag, window.sessionStorage);
      if (cancelled) return;
      if (!scenario) {
        onWithhold?.(false);
        return setChecked(null);
      }
      const stages = scenarioStages(scenario);
      const unfolding = isUnfolding(scenario);
      const play = loadPlay(window.sessionStorage, scenario.id);
      const stage = stages[Math.min(unfolding ? play.stage : 1, stages.length) - 1]!;
      const committed = unfolding ? play.predictions[String(stage.number)] : undefined;
      onWithhold?.(unfolding && committed === undefined);
      setChecked({
        scenario,
        stage,
        stageCount: stages.length,
        stageName: stageName(stage),
        nextName: unfolding && stage.number < stages.length ? stageName(stages[stage.number]!) : null,
        nextAt: unfolding && stage.number < stages.length ? atOf(stages[stage.number]!) : null,
        unfolding,
        run: runStage(scenario, stage, assessment),
        predictions: committed ? scorePredictions(committed, screen(assessment)) : null,
        predictionItems: unfolding && committed === undefined ? predictionItemsFor(screen(stage.answerKey)) : [],
        title: titleAfterStage(scenario, stage.number),
      });
    });
    return () => {
      cancelled = true;
    };
  }, [tag, assessment, committedCount, onWithhold]);
  if (!tag || !checked) return null;
  const { scenario, run, stage, unfolding } = checked;

  const commit = (predictions: Predictions) => {
    void import("@/lib/scenarios/predictions").then(({ loadPlay, savePlay }) => {
      const play = loadPlay(window.sessionStorage, scenario.id);
      savePlay(window.sessionStorage, { ...play, stage: stage.number, predictions: { ...play.predictions, [String(stage.number)]: predictions } });
      setCommittedCount((n) => n + 1);
    });
  };

  const goOn = () => {
    const stores = BROWSER_STORES;
    const { nextAt } = checked;
    if (!stores || !nextAt) return;
    void Promise.all([import("@/lib/scenarios/predictions"), import("@/lib/form/case-draft"), import("@/lib/form/draft")]).then(
      ([{ loadPlay, savePlay }, { addTimePoint, loadCaseDraft, switchTimePoint }, { loadDraft, saveDraft }]) => {
        const play = loadPlay(stores.session, scenario.id);
        // The next day is the case's next time-point: the patient's context carried forward and
        // nothing else (yesterday's labs are not today's). Already there (added by hand): go to it.
        if (!addTimePoint(stores, nextAt)) {
          const index = loadCaseDraft(stores).timepoints.findIndex((p) => p.at.day === nextAt.day && p.at.time === nextAt.time);
          if (index >= 0) switchTimePoint(stores, index);
        }
        // The context only (not yesterday's label); the days since infusion are the trainee's to read from the new day's vignette.
        const context = Object.fromEntries(Object.entries(loadDraft(stores).context ?? {}).filter(([key]) => key !== "daysSinceInfusion"));
        saveDraft(stores, { schemaVersion: 1, context });
        savePlay(stores.session, { ...play, stage: stage.number + 1 });
        // A full load, as the time-point switcher does: the assess layout reads the case when it
        // mounts, and a client navigation keeps the layout (it would still show yesterday's day).
        // eslint-disable-next-line @next/next/no-location-assign-relative-destination
        window.location.assign("/assess/context");
      },
    );
  };

  if (unfolding && !checked.predictions) {
    return (
      <ModalDialog
        title={`Before the result: your predictions for ${checked.stageName}`}
        description="Commit what you expect the criteria to give for the data you entered. The result is shown once you commit; your predictions stay in this browser."
      >
        <PredictionForm stageName={checked.stageName} items={checked.predictionItems} onCommit={commit} />
      </ModalDialog>
    );
  }

  const dataEntry = { passed: run.checklistPassed, total: run.checklist.length };
  const { nextName } = checked;
  return (
    <section className="checklist" aria-labelledby="checklist-heading">
      <h2 id="checklist-heading">
        Scenario checklist: {checked.title}
        {unfolding ? ` — ${checked.stageName} (stage ${stage.number} of ${checked.stageCount})` : null} — {tallyLine(checked.predictions, dataEntry)}
      </h2>
      {unfolding && checked.predictions ? (
        <PredictionReveal score={checked.predictions} dataEntry={dataEntry} teachingPoint={stage.teachingPoint} />
      ) : null}
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
      {nextName ? (
        <div className="actions no-print">
          <button type="button" className="button primary" onClick={goOn}>
            Go on to {nextName.toLowerCase()}
          </button>
        </div>
      ) : null}
      {unfolding && !nextName ? <p>This was the last day of the case.</p> : null}
    </section>
  );
}
