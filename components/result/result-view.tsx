"use client";

import { counted, isSingular } from "@/lib/plural";
import { StorageBlocked } from "@/components/notice/storage-blocked";
import { SavedCaseProblems } from "@/components/assessment/saved-case-problems";
import Link from "next/link";
import { useState, type ReactNode } from "react";
import { ClearCaseButton } from "@/components/assessment/clear-case";
import { useDraftScreening } from "@/components/assessment/use-draft-screening";
import { DISCLAIMER } from "@/lib/disclaimer";
import { DIFFERENTIAL_RULES, LEVEL_HEADLINES, LEVEL_RULE, MEDIATORS, SIGN_LABELS } from "@/lib/screen";
import type { Level } from "@/lib/screen";
import { INSTRUMENTS } from "@/lib/scores";
import { applicableFirst } from "@/lib/result/order";
import type { Status } from "@/lib/result/status";
import { PrintButton } from "@/components/print-button";
import { ExportButton } from "@/components/transfer/export-button";
import { ShareLink } from "@/components/transfer/share-link";
import { Citation } from "./citation";
import { InstrumentCard } from "./instrument-card";
import { ScenarioChecklist } from "./scenario-checklist";
import { useScenarioTag } from "@/components/scenarios/use-scenario-tag";
import { StatusIcon } from "./status";
import { SummaryTable } from "./summary-table";
import { ConditionalReading } from "./conditional-reading";
import { decidesAtAGlance, decidingAnswer } from "@/lib/screen/wording";
import { TherapyList } from "./therapy-list";
import { UnsavedSteps } from "@/components/assessment/unsaved-steps";
import { CourseSlot, useCourseTimePoint } from "@/components/course/course-slot";
import { OverTimeDetails } from "@/components/course/over-time-details";
import { atLabel } from "@/lib/form/case-draft";
import { useFocusHeading } from "@/components/assessment/use-focus-heading";
import { useRenderedInTransition } from "@/components/assessment/use-rendered-in-transition";
import styles from "./result.module.css";

/** The level's status: consistent is a threshold met; incomplete is open; not flagged is nothing met. */
const LEVEL_STATUS = { consistent: "met", incomplete: "unknown", "not-flagged": "not-met" } as const satisfies Record<Level, Status>;

/**
 * The detail under the first screen (the level and the table): drawn in a transition once the
 * first screen is on the page, so a slow phone paints the answer before it builds eight cards
 * (issue 31 item 2).
 */
function BelowTheFirstScreen({ children }: { readonly children: ReactNode }) {
  return useRenderedInTransition() ? children : null;
}

/** The result page, computed in this browser from the saved draft: the answer first, then the detail. */
export function ResultView() {
  useFocusHeading("page-heading");
  const result = useDraftScreening();
  // A case played from a scenario: the result waits until the checklist knows whether this day's
  // predictions are still to be committed (issue 18 item 5: predict, then reveal — nothing to peek at).
  const scenarioTag = useScenarioTag();
  const courseAt = useCourseTimePoint();
  const [withheld, setWithheld] = useState<boolean | null>(null);
  if (result.state === "blocked") return <StorageBlocked />;
  if (result.state === "loading") return <p>Computing in this browser…</p>;
  if (result.state === "unavailable") return <p role="alert">{result.message}</p>;
  if (result.state === "invalid") {
    return <SavedCaseProblems problems={result.validation.problems} />;
  }
  const { screening, assessment, units } = result;
  if (scenarioTag !== null && withheld !== false) {
    return (
      <div className={styles.page}>
        <p>{withheld === null ? "Preparing the scenario's checklist…" : "Your predictions first: this day's result is shown once you commit them."}</p>
        <ScenarioChecklist assessment={assessment} onWithhold={setWithheld} />
      </div>
    );
  }
  const { applicable, teaching } = applicableFirst(screening.instruments);
  const levelStatus = LEVEL_STATUS[screening.level];
  return (
    <div className={styles.page}>
      <UnsavedSteps />
      <section className={`${styles.answer} ${styles[levelStatus]}`} aria-labelledby="level-heading" data-status={levelStatus}>
        <p className={styles.eyebrow}>Level · crs-screen&apos;s own rule, not a published instrument</p>
        <h2 id="level-heading" className={styles.levelHeading}>
          <StatusIcon status={levelStatus} />
          <span>{LEVEL_HEADLINES[screening.level]}</span>
        </h2>
        <p className={styles.reason}>{screening.levelReasons.map((r) => r.text).join(" ")}</p>
        {/* What would settle an open reason, each question a link to its field (issue 28, item 2). */}
        {screening.levelReasons.map((reason) => {
          const r = screening.instruments.find((x) => x.id === reason.instrument)!;
          const deciding = decidingAnswer(assessment, r);
          return deciding === null || !decidesAtAGlance(deciding) ? null : <ConditionalReading key={r.id} deciding={deciding} lead={INSTRUMENTS[r.id].shortName} className={styles.reason} />;
        })}
        <details className={styles.rule}>
          <summary>How the level is set</summary>
          <p>{LEVEL_RULE}</p>
        </details>
      </section>
      {/* A case over time: its course comes after the level (answer first, issue 17) and above the rest of this time-point's result (issue 18 item 2). */}
      <CourseSlot />

      <section aria-labelledby="summary-heading" className={styles.summarySection}>
        {/* Below the level it needs no heading on the screen; below a course it says which time-point it is. */}
        <h2 id="summary-heading" className={courseAt === null ? "visually-hidden" : styles.summaryHeading}>
          Instruments at a glance{courseAt === null ? null : ` — ${atLabel(courseAt)}`}
        </h2>
        <SummaryTable instruments={[...applicable, ...teaching]} assessment={assessment} />
      </section>
      <p className={`notice-inline ${styles.disclaimer}`}>
        <strong>{DISCLAIMER.heading}.</strong> {DISCLAIMER.body}
      </p>

      <BelowTheFirstScreen>
        <ScenarioChecklist assessment={assessment} onWithhold={setWithheld} />

        {screening.disagreements.length > 0 ? (
          <section aria-labelledby="disagreements-heading">
            <h2 id="disagreements-heading">Where the instruments disagree</h2>
            <ul>
              {screening.disagreements.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          </section>
        ) : null}

        <section aria-labelledby="instruments-heading">
          <h2 id="instruments-heading">Instruments that apply here</h2>
          {applicable.length === 0 ? <p>None of the instruments is defined for this setting and age.</p> : null}
          {/* A case over time: the cards wait closed, the course and the table above carry the answer. */}
          <OverTimeDetails overTime={courseAt !== null && applicable.length > 0} summary={`Criteria of each instrument at ${courseAt === null ? "" : atLabel(courseAt)}: ${applicable.map((r) => INSTRUMENTS[r.id].shortName).join(", ")}`}>
            {applicable.map((r) => (
              <InstrumentCard key={r.id} result={r} assessment={assessment} units={units} />
            ))}
          </OverTimeDetails>
          {teaching.length > 0 ? (
            <details className={styles.teaching}>
              <summary>
                Shown for teaching: {counted(teaching.length, "instrument")} that do{isSingular(teaching.length) ? "es" : ""} not apply here (
                {teaching.map((r) => INSTRUMENTS[r.id].shortName).join(", ")})
              </summary>
              {teaching.map((r) => (
                <InstrumentCard key={r.id} result={r} assessment={assessment} units={units} />
              ))}
            </details>
          ) : null}
        </section>

        <section aria-labelledby="mechanisms-heading">
          <h2 id="mechanisms-heading">Mechanisms: signs in this assessment consistent with each mediator</h2>
          <details className={styles.disclosure}>
            <summary>
              {screening.mechanisms.length} mediators{" "}
              <span className={styles.summaryCounts}>
                ({screening.mechanisms.filter((m) => m.observed.length > 0).length} with signs observed in this case)
              </span>
            </summary>
          {screening.mechanisms.map((m) => {
            const mediator = MEDIATORS.find((x) => x.id === m.id)!;
            return (
              <details key={m.id} className={styles.disclosure}>
                <summary>
                  <strong>{mediator.name}</strong>
                  {mediator.signs.length > 0 ? (
                    <span className={styles.summaryCounts}>
                      {" "}
                      — {m.observed.length} observed, {m.absent.length} absent, {m.notAssessed.length} not assessed
                    </span>
                  ) : null}
                </summary>
                <p>{mediator.role}</p>
                {mediator.signs.length > 0 ? (
                  <dl>
                    <dt>Observed</dt>
                    <dd>{m.observed.map((s) => SIGN_LABELS[s]).join("; ") || "none"}</dd>
                    <dt>Looked for and absent</dt>
                    <dd>{m.absent.map((s) => SIGN_LABELS[s]).join("; ") || "none"}</dd>
                    <dt>Not assessed</dt>
                    <dd>{m.notAssessed.map((s) => SIGN_LABELS[s]).join("; ") || "none"}</dd>
                  </dl>
                ) : null}
                <p className="small">
                  Source: <Citation sources={mediator.sources} />
                </p>
              </details>
            );
          })}
          </details>
        </section>

        <section aria-labelledby="differentials-heading">
          <h2 id="differentials-heading">Differentials to keep in mind</h2>
          {screening.differentials.length === 0 ? (
            <p>None prompted by these data.</p>
          ) : (
            <ul className={styles.plainList}>
              {screening.differentials.map((d) => {
                const rule = DIFFERENTIAL_RULES.find((x) => x.id === d.id)!;
                return (
                  <li key={d.id}>
                    <details className={styles.disclosure}>
                      <summary>
                        <strong>{rule.title}</strong> <span className={styles.summaryCounts}>— why shown: {d.because}</span>
                      </summary>
                      <p>{rule.text}</p>
                      <p className="small">
                        Sources: <Citation sources={rule.sources} />
                      </p>
                    </details>
                  </li>
                );
              })}
            </ul>
          )}
        </section>

        <OverTimeDetails overTime={courseAt !== null} summary={`Therapy classes discussed for the pattern at ${courseAt === null ? "" : atLabel(courseAt)} (education, not a treatment recommendation)`}>
          <TherapyList screening={screening} />
        </OverTimeDetails>

        <div className={`actions no-print ${styles.actions}`}>
          <Link href="/assess/review" className="button">
            Edit the case
          </Link>
          <Link href="/summary" className="button">
            Printable summary
          </Link>
          <PrintButton />
          <ExportButton />
          <ClearCaseButton />
        </div>
        <ShareLink />
        <p className="small">Rules version {screening.rulesVersion}. {INSTRUMENTS["astct-crs"].name} and the other instruments are applied as published; see each instrument&apos;s source.</p>
      </BelowTheFirstScreen>
    </div>
  );
}
