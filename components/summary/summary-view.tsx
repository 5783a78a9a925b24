"use client";

import { StorageBlocked } from "@/components/notice/storage-blocked";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useDraftScreening } from "@/components/assessment/use-draft-screening";
import { PrintButton } from "@/components/print-button";
import { ExportButton } from "@/components/transfer/export-button";
import { PrintFrame } from "@/components/print-frame";
import { LEVEL_HEADLINES, LEVEL_RULE, MEDIATORS, SIGN_LABELS, noTherapiesReason } from "@/lib/screen";
import { encephalopathyTotals } from "@/lib/result/criteria";
import { formatCitation } from "@/lib/sources";
import { matchSummary, therapyClass, type TherapyClassId } from "@/lib/therapies";
import { TIER_GROUP_TEXT, tierGroupOf } from "@/lib/therapies/groups";
import type { UnitChoices } from "@/lib/form";
import { loadCaseDraft, transferable } from "@/lib/form/case-draft";
import { CourseSlot, useCourseTimePoint } from "@/components/course/course-slot";
import { usePredictionsPending } from "@/components/scenarios/use-predictions-pending";
import { enteredData } from "@/lib/form/entered";
import { shareFragment } from "@/lib/transfer/case-export";
import type { QrPath } from "@/lib/transfer/qr-path";
import { caseTitle } from "./case-title";
import { drawQr } from "./draw-qr";
import { SummaryInstrument } from "./summary-instrument";

/** A share link's QR code (lib/transfer/qr-path.ts), white behind so it scans on any page. */
function QrSvg({ qr, label }: { readonly qr: QrPath; readonly label: string }) {
  return (
    <svg className="share-qr" viewBox={`0 0 ${qr.side} ${qr.side}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={qr.side} height={qr.side} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}

type Share = { readonly link: string; readonly qr: QrPath | null } | "unavailable";

/**
 * The link that reopens this case, printed as a QR code so a reviewer can open it on a phone (a
 * 400-character URL cannot be typed from paper). The code is drawn in this browser, in a worker
 * (./draw-qr.ts), and nothing is requested from elsewhere.
 */
function SharePrint() {
  const [share, setShare] = useState<Share | null>(null);
  useEffect(() => {
    let cancelled = false;
    void (async () => {
      let link: string;
      try {
        const fragment = await shareFragment(transferable(loadCaseDraft({ session: window.sessionStorage, local: window.localStorage })));
        link = `${window.location.origin}/summary#${fragment}`;
      } catch {
        if (!cancelled) setShare("unavailable"); // no compression in this browser: no link to print
        return;
      }
      const qr = await drawQr(link); // null: too long for a QR code, or it could not load: print the link
      if (!cancelled) setShare({ link, qr });
    })();
    return () => {
      cancelled = true;
    };
  }, []);
  if (share === "unavailable") return null;
  // Until the code is drawn (a few frames) an empty square keeps its place, so the level and the
  // table below do not jump when it arrives.
  return (
    <section aria-labelledby="s-share" className="share-print">
      <h2 id="s-share" className="visually-hidden">
        Reopen this case
      </h2>
      {share !== null && share.qr === null ? (
        <p>
          Reopen this case (the case is inside the link; nothing is stored on a server): <span className="share-link-text">{share.link}</span>
        </p>
      ) : (
        <>
          {share?.qr ? <QrSvg qr={share.qr} label="QR code of the link that reopens this case" /> : <div className="share-qr" aria-hidden="true" />}
          <p>
            <strong>Scan to reopen this case</strong> on another device. The case rides inside the link; nothing is stored on a server.
          </p>
        </>
      )}
    </section>
  );
}

/**
 * Every value as entered, in the unit chosen for it, step by step; then what was left empty, named
 * as not assessed (never read as normal), so an educator can check a trainee's data on paper.
 */
function EnteredData({ assessment, units }: { readonly assessment: Parameters<typeof enteredData>[0]; readonly units: UnitChoices }) {
  const sections = enteredData(assessment, units);
  const empty = sections.filter((section) => section.notAssessed.length > 0);
  return (
    <section aria-labelledby="s-entered">
      <h2 id="s-entered">Entered data</h2>
      <div className="entered">
        {sections.map((section) => (
          <div key={section.stepId} className="entered-step">
            <h3>{section.title}</h3>
            {section.values.length > 0 ? (
              <dl>
                {section.values.map((v) => (
                  <div key={v.path}>
                    <dt>{v.label}:</dt> <dd>{v.value}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p>Nothing entered.</p>
            )}
          </div>
        ))}
      </div>
      {empty.length > 0 ? (
        <p className="not-assessed">
          <strong>Not assessed</strong> (left empty; never read as normal) —{" "}
          {empty.map((section, i) => (
            <span key={section.stepId}>
              {i > 0 ? " " : ""}
              <em>{section.title}:</em> {section.notAssessed.join("; ")}.
            </span>
          ))}
        </p>
      ) : null}
    </section>
  );
}

/**
 * The printable summary: paper first, inside a PrintFrame (the disclaimer on each page). `version` is the
 * app's (lib/version.ts), passed by the server page so package.json is not shipped to the browser.
 */
export function SummaryView({ version }: { readonly version: string }) {
  const result = useDraftScreening();
  const predictionsPending = usePredictionsPending();
  const day = useCourseTimePoint(); // null for a single assessment
  if (result.state === "blocked") return <StorageBlocked />;
  if (predictionsPending !== false) {
    return predictionsPending === null ? (
      <p>Preparing the summary in this browser…</p>
    ) : (
      <p role="alert">
        This day of the scenario asks for your predictions before its result is shown. <Link href="/assess/result">Commit them on the result page</Link>; the
        summary follows.
      </p>
    );
  }
  if (result.state === "loading") return <p>Preparing the summary in this browser…</p>;
  if (result.state === "unavailable") return <p role="alert">{result.message}</p>;
  if (result.state === "invalid") {
    return (
      <p role="alert">
        The saved case has problems to fix before it can be summarised. <Link href="/assess/review">Review the case</Link>.
      </p>
    );
  }
  const { screening, assessment, units } = result;
  const generated = new Date();
  // Within two pages on A4 and Letter, what the page says elsewhere is left to the screen: each
  // instrument's missing fields and each mediator's signs not assessed (the same fields stand
  // under "Not assessed", and each open criterion reads "Unknown"), and the criteria of the
  // instruments that do not apply here (each keeps its line with its value and verdict).
  const briefOnPaper = (r: { readonly applicable: boolean }) => !r.applicable;
  return (
    <PrintFrame running="crs-screen · Educational screening summary — not a diagnosis">
      <h1>Educational screening summary — not a diagnosis</h1>
      <p className="meta">
        Case: <strong>{caseTitle(assessment.label, day)}</strong> ·{" "}
        {/* The date of the paper: on the screen it would only restate the clock. */}
        <span className="print-only-inline">Printed {generated.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })} · </span>
        crs-screen {version} · scoring rules {screening.rulesVersion}
      </p>
      <div className="actions no-print">
        <PrintButton />
        <ExportButton />
        <Link href="/assess/result" className="button">
          Back to the result
        </Link>
      </div>
      <SharePrint />
      {/* The answer first, as on the result page (issue 17); a case over time then shows its course. */}
      <section aria-labelledby="s-level">
        <h2 id="s-level">Level: {LEVEL_HEADLINES[screening.level]}</h2>
        <ul>
          {screening.levelReasons.map((r) => (
            <li key={r.instrument}>{r.text}</li>
          ))}
        </ul>
        <p className="small">{LEVEL_RULE}</p>
      </section>
      <CourseSlot />
      <EnteredData assessment={assessment} units={units} />
      <section aria-labelledby="s-instruments">
        <h2 id="s-instruments">Instruments</h2>
        <div className="instruments">
          {screening.instruments.map((r) => (
            <SummaryInstrument
              key={r.id}
              result={r}
              brief={briefOnPaper(r)}
              extra={r.id === "astct-icans" ? encephalopathyTotals(assessment) : undefined}
            />
          ))}
        </div>
        {/* After the instruments, so their heading is followed by the first of them on paper. */}
        {screening.instruments.some(briefOnPaper) ? (
          <p className="small print-only">Instruments that do not apply here are printed with their value only; their criteria and sources are on the screen.</p>
        ) : null}
      </section>
      <section aria-labelledby="s-mechanisms">
        <h2 id="s-mechanisms">Mechanisms (signs consistent with each mediator)</h2>
        <ul className="mechanisms">
          {screening.mechanisms.map((m) => {
            const mediator = MEDIATORS.find((x) => x.id === m.id)!;
            return (
              <li key={m.id}>
                <strong>{mediator.name}:</strong> {mediator.signs.length === 0 ? mediator.role : m.observed.map((s) => SIGN_LABELS[s]).join("; ") || "no sign observed"}
                {m.notAssessed.length > 0 ? <span className="no-print"> (not assessed: {m.notAssessed.map((s) => SIGN_LABELS[s]).join("; ")})</span> : null}
              </li>
            );
          })}
        </ul>
      </section>
      <section aria-labelledby="s-therapies">
        <h2 id="s-therapies">Therapy classes discussed (education, not orders)</h2>
        {screening.therapies.length === 0 ? (
          <p>None listed. {noTherapiesReason(screening.instruments)}</p>
        ) : (
          <ul className="columns">
            {screening.therapies.map((t) => (
              <li key={t.id}>
                {therapyClass(t.id as TherapyClassId).name} — <em>{TIER_GROUP_TEXT[tierGroupOf(t)].chip}</em>. {matchSummary(t)}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="s-references">
        <h2 id="s-references">References</h2>
        <ol className="references">
          {/* A source cited only by instruments printed with their value alone stays on the screen with their criteria. */}
          {[...new Set(screening.instruments.map((r) => r.source))].map((key) => (
            <li key={key} className={screening.instruments.some((r) => r.source === key && !briefOnPaper(r)) ? undefined : "no-print"}>
              {formatCitation(key)}
            </li>
          ))}
        </ol>
      </section>
    </PrintFrame>
  );
}
