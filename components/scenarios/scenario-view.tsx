import Link from "next/link";
import type { Scenario } from "@/lib/scenarios/schema";
import { summaryOf } from "@/lib/scenarios/data";
import { TRAINING_NOTICE } from "./labels";
import { ScenarioMeta } from "./scenario-card";
import { StartScenarioButton } from "./start-scenario-button";
import styles from "./scenarios.module.css";

/** The trainee's view of a scenario: the vignette, what will be checked, and Start. */
export function ScenarioView({ scenario }: { readonly scenario: Scenario }) {
  const summary = summaryOf(scenario);
  return (
    <>
      <p className={`small ${styles.noPrint}`}>
        <Link href="/scenarios">All scenarios</Link>
      </p>
      <h1>{scenario.title}</h1>
      <ScenarioMeta settingLabel={summary.settingLabel} difficulty={scenario.difficulty} />
      <p className="lede">{scenario.teaches}</p>
      <p className="notice-inline">
        <strong>{TRAINING_NOTICE}</strong> A fictional training case with no patient identifiers.
      </p>

      <section aria-labelledby="vignette-heading">
        <h2 id="vignette-heading">Vignette</h2>
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
          exercise. Keep this page open in another tab to reread the vignette.
        </p>
        <div className="actions">
          <StartScenarioButton scenarioId={scenario.id} />
          <Link href={`/scenarios/${scenario.id}/instructor`} className="button">
            Instructor view (answer key)
          </Link>
        </div>
      </section>
    </>
  );
}
