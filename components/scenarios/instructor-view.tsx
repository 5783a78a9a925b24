import Link from "next/link";
import { SETTINGS } from "@/lib/assessment/fields";
import type { Scenario } from "@/lib/scenarios/schema";
import { isUnfolding, scenarioStages, stageName, type StageView } from "@/lib/scenarios/stages";
import { traineeTitle } from "@/lib/scenarios/trainee-title";
import { LEVEL_HEADLINES } from "@/lib/screen/level";
import { answerKeySections, describeCheck, expectedRows } from "@/lib/scenarios/format";
import { ExpectationWarning } from "./expectation-warning";
import { TRAINING_NOTICE } from "./labels";
import { PrintSheets } from "./print-sheets";
import { StageReveal } from "./stage-reveal";
import { ScenarioMeta } from "./scenario-card";
import styles from "./scenarios.module.css";

/** A stage of an unfolding scenario: its name ("Day 2") and the suffix that keeps its sheets' ids unique. */
interface SheetStage {
  readonly stage: StageView;
  readonly name?: string;
  readonly idSuffix: string;
}

function SheetHeader({ scenario, sheet, at }: { readonly scenario: Scenario; readonly sheet: "scenario" | "answer"; readonly at: SheetStage }) {
  const title = sheet === "scenario" ? "Scenario sheet (for trainees)" : "Answer sheet (for instructors)";
  return (
    <>
      <h2 id={`${sheet}-sheet-heading${at.idSuffix}`}>{at.name ? `${at.name} — ${title}` : title}</h2>
      <p className="notice-inline">
        <strong>{TRAINING_NOTICE}</strong>
      </p>
      {/* The sheet handed to trainees carries the neutral title; the teaching title would give the answer away. */}
      <h3>{sheet === "scenario" ? traineeTitle(scenario) : scenario.title}</h3>
      <ScenarioMeta settingLabel={SETTINGS[scenario.setting]} difficulty={scenario.difficulty} />
    </>
  );
}

/** The blank lines of the trainee's answer area, one prompt each (none names an answer). */
const ANSWER_PROMPTS = [
  { prompt: "The data you extracted, with units (vital signs, support, signs, neurology, laboratory, pathology)", lines: 6 },
  { prompt: "The instruments that apply in this setting, and what each gives (value, or the range while data are missing)", lines: 5 },
  { prompt: "The overall level, and the data that would complete the picture", lines: 3 },
] as const;

/**
 * What a trainee gets on paper: the vignette and a blank answer area. Never the checklist items:
 * they give the answers away (the trainee's screen hides them for the same reason).
 */
function ScenarioSheet({ scenario, at }: { readonly scenario: Scenario; readonly at: SheetStage }) {
  return (
    <section aria-labelledby={`scenario-sheet-heading${at.idSuffix}`}>
      <SheetHeader scenario={scenario} sheet="scenario" at={at} />
      <h4>Vignette{at.name ? ` — ${at.name}` : ""}</h4>
      {at.stage.vignette.map((paragraph) => (
        <p key={paragraph}>{paragraph}</p>
      ))}
      <h4>Your answers</h4>
      {ANSWER_PROMPTS.map(({ prompt, lines }) => (
        <div key={prompt} className={styles.answerArea}>
          <p>{prompt}</p>
          {Array.from({ length: lines }, (_, i) => (
            <div key={i} className={styles.answerLine} aria-hidden="true" />
          ))}
        </div>
      ))}
    </section>
  );
}

/** Answer key, expected results and the checklist with teaching points and machine checks. */
function AnswerSheet({ scenario, at }: { readonly scenario: Scenario; readonly at: SheetStage }) {
  const { stage } = at;
  const rows = expectedRows(stage.expected);
  return (
    <section aria-labelledby={`answer-sheet-heading${at.idSuffix}`}>
      <SheetHeader scenario={scenario} sheet="answer" at={at} />
      <p>
        <strong>Teaches:</strong> {scenario.teaches}
      </p>

      <h4>Answer key</h4>
      <p className="small">
        What a careful trainee extracts from the vignette, in the canonical units the form stores (it converts other units on entry; “≈” marks a
        converted value shown rounded). Fields not listed stay blank — unknown.
      </p>
      {answerKeySections(stage.answerKey).map((section) => (
        <div key={section.id} className="card">
          <table className={styles.keyTable}>
          <caption>
            <strong>{section.title}</strong>
          </caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {section.rows.map((row) => (
              <tr key={row.path}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
              </tr>
            ))}
            </tbody>
          </table>
        </div>
      ))}

      <h4>Expected results</h4>
      <p>
        Overall level: <strong>{LEVEL_HEADLINES[stage.expected.level]}</strong>
      </p>
      {rows.length > 0 ? (
        // Five columns do not fit a phone: there each row is a block of labelled values (stack-on-phone, globals.css).
        <div className={`card ${styles.scroll}`} role="region" aria-label="Expected results" tabIndex={0}>
          <table className="stack-on-phone">
            <caption className="visually-hidden">Expected result per instrument</caption>
            <thead>
              <tr>
                <th scope="col">Instrument</th>
                <th scope="col">Value</th>
                <th scope="col">Range</th>
                <th scope="col">Meets threshold</th>
                <th scope="col">Applies</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.instrument}>
                  <th scope="row">
                    {row.name}{" "}
                    <span className={styles.threshold}>threshold {row.threshold}</span>
                  </th>
                  <td data-label="Value">{row.value}</td>
                  <td data-label="Range">{row.range}</td>
                  <td data-label="Meets threshold">{row.meets}</td>
                  <td data-label="Applies">{row.applies}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="small">Worked out by hand from the published criteria. “—”: not part of the key.</p>
        </div>
      ) : null}

      <h4>Checklist</h4>
      <ol className={styles.checkItems}>
        {stage.checklist.map((item) => (
          <li key={item.id}>
            <p>
              <strong>{item.label}</strong>
            </p>
            <p>
              <em>Teaching point:</em> {item.teachingPoint}
            </p>
            <p className="small">Checked automatically: {describeCheck(item.check)}</p>
          </li>
        ))}
      </ol>
      {stage.teachingPoint ? (
        <p>
          <strong>Teaching point for this day:</strong> {stage.teachingPoint}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The instructor's view: both printable sheets, on screen one after the other. For an imported
 * scenario, the expected results the app's screening of its answer key does not give are listed
 * first (`disagreements`), so the instructor settles them before a trainee is marked against them.
 */
export function InstructorView({
  scenario,
  traineeHref = `/scenarios/${scenario.id}`,
  disagreements = [],
}: {
  readonly scenario: Scenario;
  readonly traineeHref?: string;
  readonly disagreements?: readonly string[];
}) {
  const stages = scenarioStages(scenario);
  const single: SheetStage = { stage: stages[0]!, idSuffix: "" };
  return (
    <div className={styles.printRoot}>
      <div className={styles.noPrint}>
        <p className="small">
          <Link href={traineeHref}>Trainee view of this scenario</Link> · <Link href="/scenarios">All scenarios</Link>
        </p>
        <h1>Instructor view: {scenario.title}</h1>
        <p className="lede">
          The scenario sheet to hand out and the answer sheet with the key, the expected results and the teaching points. Each prints on its own
          page.
        </p>
        <p>
          Trainees see this case as “{traineeTitle(scenario)}”: the title above names what it teaches, so it appears only here and on their
          checklist once the case is done.
        </p>
        {disagreements.length > 0 ? <ExpectationWarning disagreements={disagreements} heading="h2" /> : null}
      </div>
      {isUnfolding(scenario) ? (
        <StageReveal
          names={stages.map(stageName)}
          stages={stages.map((stage) => {
            const at = { stage, name: stageName(stage), idSuffix: `-stage-${stage.number}` };
            return (
              <PrintSheets
                key={stage.number}
                forWhat={at.name.toLowerCase()}
                scenarioSheet={<ScenarioSheet scenario={scenario} at={at} />}
                answerSheet={<AnswerSheet scenario={scenario} at={at} />}
              />
            );
          })}
        />
      ) : (
        <PrintSheets scenarioSheet={<ScenarioSheet scenario={scenario} at={single} />} answerSheet={<AnswerSheet scenario={scenario} at={single} />} />
      )}
    </div>
  );
}
