"use client";

import { StorageBlocked } from "@/components/notice/storage-blocked";
import { SavedCaseProblems } from "@/components/assessment/saved-case-problems";
import Link from "next/link";
import { ClearCaseButton } from "@/components/assessment/clear-case";
import { useDraftScreening } from "@/components/assessment/use-screening";
import { DISCLAIMER } from "@/lib/disclaimer";
import { DIFFERENTIAL_RULES, LEVEL_HEADLINES, LEVEL_RULE, MEDIATORS, SIGN_LABELS } from "@/lib/screen";
import { INSTRUMENT_DEFINITIONS } from "@/lib/scores/definitions";
import { EVIDENCE_TIER_MEANINGS, PATTERN_LABELS, THERAPY_DISCLAIMER, evidenceFor, therapyClass, type TherapyClassId } from "@/lib/therapies";
import { formatCitation } from "@/lib/sources";
import { PrintButton } from "@/components/print-button";
import { ExportButton } from "@/components/transfer/export-button";
import { ShareLink } from "@/components/transfer/share-link";
import { InstrumentCard } from "./instrument-card";
import { ScenarioChecklist } from "./scenario-checklist";
import { UnsavedSteps } from "@/components/assessment/unsaved-steps";
import { useFocusHeading } from "@/components/assessment/use-focus-heading";

/** The result page, computed in this browser from the saved draft. */
export function ResultView() {
  useFocusHeading("page-heading");
  const result = useDraftScreening();
  if (result.state === "blocked") return <StorageBlocked />;
  if (result.state === "loading") return <p>Computing in this browser…</p>;
  if (result.state === "unavailable") return <p role="alert">{result.message}</p>;
  if (result.state === "invalid") {
    return <SavedCaseProblems problems={result.validation.problems} />;
  }
  const { screening, assessment } = result;
  return (
    <>
      <UnsavedSteps />
      <ScenarioChecklist assessment={assessment} />
      <section className={`level level-${screening.level}`} aria-labelledby="level-heading">
        <h2 id="level-heading">{LEVEL_HEADLINES[screening.level]}</h2>
        <ul>
          {screening.levelReasons.map((r) => (
            <li key={r.instrument}>{r.text}</li>
          ))}
        </ul>
        <p className="small">How the level is set: {LEVEL_RULE}</p>
        <p className="notice-inline">
          <strong>{DISCLAIMER.heading}.</strong> {DISCLAIMER.body}
        </p>
      </section>

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
        <h2 id="instruments-heading">Instruments</h2>
        {screening.instruments.map((r) => (
          <InstrumentCard key={r.id} result={r} units={result.units} assessment={assessment} />
        ))}
      </section>

      <section aria-labelledby="mechanisms-heading">
        <h2 id="mechanisms-heading">Mechanisms: signs in this assessment consistent with each mediator</h2>
        {screening.mechanisms.map((m) => {
          const mediator = MEDIATORS.find((x) => x.id === m.id)!;
          return (
            <div key={m.id} className="mechanism">
              <h3>{mediator.name}</h3>
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
              <p className="small">Source: {mediator.sources.map((s) => formatCitation(s)).join(" ")}</p>
            </div>
          );
        })}
      </section>

      <section aria-labelledby="differentials-heading">
        <h2 id="differentials-heading">Differentials to keep in mind</h2>
        {screening.differentials.length === 0 ? (
          <p>None prompted by these data.</p>
        ) : (
          <ul>
            {screening.differentials.map((d) => {
              const rule = DIFFERENTIAL_RULES.find((x) => x.id === d.id)!;
              return (
                <li key={d.id}>
                  <strong>{rule.title}.</strong> {rule.text} <em>Why shown: {d.because}</em>
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section aria-labelledby="therapies-heading">
        <h2 id="therapies-heading">Therapy classes discussed for this pattern</h2>
        <p className="notice-inline">
          <strong>Education, not a treatment recommendation.</strong> {THERAPY_DISCLAIMER}
        </p>
        {screening.therapies.length === 0 ? (
          <p>No instrument meets its threshold, so no pattern is named and no therapy classes are listed.</p>
        ) : (
          <>
            <p>Patterns: {screening.patterns.map((p) => PATTERN_LABELS[p]).join(", ")}.</p>
            {screening.therapies.map((t) => {
              const entry = therapyClass(t.id as TherapyClassId);
              return (
                <div key={t.id} className="therapy">
                  <h3>{entry.name}</h3>
                  <p>{entry.mechanism}</p>
                  <p>Examples: {entry.examples.join(", ")}.</p>
                  <ul>
                    {evidenceFor(entry, screening.patterns).map((e) => (
                      <li key={`${e.pattern}-${e.summary}`}>
                        <strong>
                          {e.tier} ({EVIDENCE_TIER_MEANINGS[e.tier]}), {e.direction}
                        </strong>{" "}
                        — {PATTERN_LABELS[e.pattern]}: {e.summary}
                      </li>
                    ))}
                  </ul>
                </div>
              );
            })}
          </>
        )}
      </section>

      <div className="actions no-print">
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
      <p className="small">Rules version {screening.rulesVersion}. {INSTRUMENT_DEFINITIONS["astct-crs"].name} and the other instruments are applied as published; see each instrument&apos;s source.</p>
    </>
  );
}
