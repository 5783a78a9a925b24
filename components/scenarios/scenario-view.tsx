import Link from "next/link";
import { SETTINGS } from "@/lib/assessment/fields";
import { counted } from "@/lib/plural";
import type { Scenario } from "@/lib/scenarios/schema";
import { isUnfolding, scenarioStages, stageName } from "@/lib/scenarios/stages";
import { traineeTitle } from "@/lib/scenarios/trainee-title";
import { TRAINING_NOTICE } from "./labels";
import { ScenarioMeta } from "./scenario-card";
import { StartScenarioButton } from "./start-scenario-button";
import styles from "./scenarios.module.css";

/**
 * The trainee's view of a scenario: the vignette, what will be checked, and Start. What the case
 * teaches is not shown here, nor its teaching title: they give the answer away (the instructor view
 * and the checklist after the attempt carry them). The heading is the neutral title.
 */
export function ScenarioView({ scenario, instructorHref = `/scenarios/${scenario.id}/instructor` }: { readonly scenario: Scenario; readonly instructorHref?: string }) {
  const stages = scenarioStages(scenario);
  const unfolding = isUnfolding(scenario);
  return (
    <>
      <p className={`small ${styles.noPrint}`}>
        <Link href="/scenarios">All scenarios</Link>
      </p>
      <h1>{traineeTitle(scenario)}</h1>
      <ScenarioMeta settingLabel={SETTINGS[scenario.setting]} difficulty={scenario.difficulty} />
      <p className="notice-inline">
        <strong>{TRAINING_NOTICE}</strong> A fictional training case with no patient identifiers.
      </p>

      {unfolding ? (
        <p className={styles.unfoldingNote}>
          This case unfolds over {counted(stages.length, "time-point")} ({stages.map(stageName).join(", ")}). You play it one day at a time: enter the day&apos;s data,
          predict the grades and thresholds before the result is shown, then go on to the next day. Later days stay hidden until you reach them.
        </p>
      ) : null}

      <section aria-labelledby="vignette-heading">
        <h2 id="vignette-heading">Vignette</h2>
        {unfolding ? <p className={styles.stageLabel}>{`${stageName(stages[0]!)} — stage 1 of ${stages.length}`}</p> : null}
        {scenario.vignette.map((paragraph) => (
          <p key={paragraph}>{paragraph}</p>
        ))}
      </section>

      <section aria-labelledby="checked-heading">
        <h2 id="checked-heading">What you will be checked on</h2>
        <p>When you reach the result, each item is checked against what you entered.</p>
        <details>
          <summary>Show the checklist items (they give answers away — open them after the exercise)</summary>
          <ul>
            {scenario.checklist.map((item) => (
              <li key={item.id}>{item.label}</li>
            ))}
          </ul>
        </details>
      </section>

      <section aria-labelledby="start-heading" className={styles.noPrint}>
        <h2 id="start-heading">Your task</h2>
        <p>
          Start opens a blank assessment form. Extract the data from the vignette yourself, converting units where the form asks — that is the
          exercise. The vignette stays at the top of every step, in a panel you can open and close.
          {unfolding
            ? " Each later day is a new time-point of the same case, with the patient's context carried forward and nothing else: that day's results are that day's. The result page then shows the course so far."
            : null}
        </p>
        <div className="actions">
          <StartScenarioButton
            scenarioId={scenario.id}
            firstAt={unfolding && scenario.day !== undefined ? { day: scenario.day, ...(scenario.time === undefined ? {} : { time: scenario.time }) } : undefined}
          />
          <Link href={instructorHref} className="button">
            Instructor view (answer key)
          </Link>
        </div>
      </section>
    </>
  );
}
