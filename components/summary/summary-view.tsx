"use client";

import { StorageBlocked } from "@/components/notice/storage-blocked";
import Link from "next/link";
import { useEffect, useState } from "react";
import { useDraftScreening } from "@/components/assessment/use-screening";
import { PrintButton } from "@/components/print-button";
import { ExportButton } from "@/components/transfer/export-button";
import { fieldLabel } from "@/lib/assessment/fields";
import { DISCLAIMER } from "@/lib/disclaimer";
import { LEVEL_HEADLINES, LEVEL_RULE, MEDIATORS, SIGN_LABELS } from "@/lib/screen";
import { INSTRUMENT_DEFINITIONS } from "@/lib/scores/definitions";
import { CriteriaTable } from "@/components/result/criteria-table";
import { formatCitation } from "@/lib/sources";
import { therapyClass, type TherapyClassId } from "@/lib/therapies";
import { loadDraft } from "@/lib/form";
import { shareFragment } from "@/lib/transfer/case-export";

const VERDICT = { true: "meets", false: "below", null: "undecided" } as const;

/** The link that reopens this case, printed so a reviewer can open it on another device. */
function SharePrint() {
  const [link, setLink] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    void shareFragment(loadDraft({ session: window.sessionStorage, local: window.localStorage })).then((fragment) => {
      if (!cancelled) setLink(`${window.location.origin}/summary#${fragment}`);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return link ? (
    <p className="share-print">
      Reopen this case (the case is inside the link; nothing is stored on a server): <span>{link}</span>
    </p>
  ) : null;
}

/**
 * The printable summary: paper first. Inside a table frame whose header and footer repeat on every
 * printed page (Chromium repeats thead/tfoot), so the disclaimer is on each page. `version` is the
 * app's (lib/version.ts), passed by the server page so package.json is not shipped to the browser.
 */
export function SummaryView({ version }: { readonly version: string }) {
  const result = useDraftScreening();
  if (result.state === "blocked") return <StorageBlocked />;
  if (result.state === "loading") return <p>Preparing the summary in this browser…</p>;
  if (result.state === "unavailable") return <p role="alert">{result.message}</p>;
  if (result.state === "invalid") {
    return (
      <p role="alert">
        The saved case has problems to fix before it can be summarised. <Link href="/assess/review">Review the case</Link>.
      </p>
    );
  }
  const { screening, assessment } = result;
  const generated = new Date();
  return (
    <table className="print-frame" role="presentation">
      <thead>
        <tr>
          <td>
            <p className="running">crs-screen · Educational screening summary — not a diagnosis</p>
          </td>
        </tr>
      </thead>
      <tfoot>
        <tr>
          <td>
            <p className="running disclaimer-line">
              {DISCLAIMER.heading}. For training only; not treatment advice; no doses. Decisions belong to the treating team and local protocols.
            </p>
          </td>
        </tr>
      </tfoot>
      <tbody>
        <tr>
          <td>
            <h1>Educational screening summary — not a diagnosis</h1>
            <p className="meta">
              Case: <strong>{assessment.label ?? "untitled training case"}</strong> · Printed {generated.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short" })} ·
              crs-screen {version} · scoring rules {screening.rulesVersion}
            </p>
            <div className="actions no-print">
              <PrintButton />
              <ExportButton />
              <Link href="/assess/result" className="button">
                Back to the result
              </Link>
            </div>
            <section aria-labelledby="s-level">
              <h2 id="s-level">Level: {LEVEL_HEADLINES[screening.level]}</h2>
              <ul>
                {screening.levelReasons.map((r) => (
                  <li key={r.instrument}>{r.text}</li>
                ))}
              </ul>
              <p className="small">{LEVEL_RULE}</p>
            </section>
            <section aria-labelledby="s-instruments">
              <h2 id="s-instruments">Instruments</h2>
              {screening.instruments.map((r) => {
                const d = INSTRUMENT_DEFINITIONS[r.id];
                return (
                  <div key={r.id} className="summary-instrument">
                    <h3>
                      {d.name}: {r.value ?? `${r.min}–${r.max}`} <span className="small">(threshold {d.threshold}; {VERDICT[String(r.meetsThreshold) as keyof typeof VERDICT]}{r.applicable ? "" : "; not applicable here"})</span>
                    </h3>
                    <CriteriaTable result={r} className="criteria" />
                    {r.notes.map((n) => (
                      <p key={n} className="small">
                        {n}
                      </p>
                    ))}
                    {r.missing.length > 0 ? <p className="small">Missing: {r.missing.map(fieldLabel).join(", ")}.</p> : null}
                  </div>
                );
              })}
            </section>
            <section aria-labelledby="s-mechanisms">
              <h2 id="s-mechanisms">Mechanisms (signs consistent with each mediator)</h2>
              <ul>
                {screening.mechanisms.map((m) => {
                  const mediator = MEDIATORS.find((x) => x.id === m.id)!;
                  return (
                    <li key={m.id}>
                      <strong>{mediator.name}:</strong> {mediator.signs.length === 0 ? mediator.role : m.observed.map((s) => SIGN_LABELS[s]).join("; ") || "no sign observed"}
                      {m.notAssessed.length > 0 ? ` (not assessed: ${m.notAssessed.map((s) => SIGN_LABELS[s]).join("; ")})` : ""}
                    </li>
                  );
                })}
              </ul>
            </section>
            <section aria-labelledby="s-therapies">
              <h2 id="s-therapies">Therapy classes discussed (education, not orders)</h2>
              {screening.therapies.length === 0 ? (
                <p>None listed: no instrument meets its threshold.</p>
              ) : (
                <ul className="columns">
                  {screening.therapies.map((t) => (
                    <li key={t.id}>
                      {therapyClass(t.id as TherapyClassId).name} — <em>{t.strongestTier}</em>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <SharePrint />
            <section aria-labelledby="s-references">
              <h2 id="s-references">References</h2>
              <ol className="references">
                {[...new Set(screening.instruments.map((r) => r.source))].map((key) => (
                  <li key={key}>{formatCitation(key)}</li>
                ))}
              </ol>
            </section>
          </td>
        </tr>
      </tbody>
    </table>
  );
}
