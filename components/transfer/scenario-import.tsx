"use client";

import Link from "next/link";
import { useId, useState } from "react";
import { problemText, type ValidationProblem } from "@/lib/assessment/problem";
import type { Scenario } from "@/lib/scenarios/schema";
import { ExpectationWarning } from "@/components/scenarios/expectation-warning";
import { importedScenarioHref } from "@/components/scenarios/labels";
import { CASE_NOT_SCENARIO } from "@/lib/transfer/file-kind";

/**
 * An instructor's own scenario file: validated in the browser, kept for this session, runnable like
 * a built-in. The scenario library and its validator are loaded when a file is chosen.
 */
export function ScenarioImport({ onImported }: { readonly onImported?: (scenario: Scenario) => void }) {
  const inputId = useId();
  const [problems, setProblems] = useState<readonly ValidationProblem[] | null>(null);
  const [imported, setImported] = useState<{ readonly scenario: Scenario; readonly disagreements: readonly string[] } | null>(null);
  const take = async (file: File | undefined) => {
    if (!file) return;
    setImported(null);
    const [{ addImportedScenario, readScenarioFile }, { expectationDisagreements }] = await Promise.all([
      import("@/lib/scenarios/library"),
      import("@/lib/scenarios/disagreements"),
    ]);
    const parsed = await readScenarioFile(file);
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    addImportedScenario(window.sessionStorage, parsed.scenario);
    setProblems(null);
    // Checked against the app's own screening of the answer key before anyone uses it.
    setImported({ scenario: parsed.scenario, disagreements: expectationDisagreements(parsed.scenario) });
    onImported?.(parsed.scenario);
  };
  return (
    <section aria-labelledby="scenario-import-heading" className="no-print">
      <h2 id="scenario-import-heading">Your own scenario</h2>
      <label htmlFor={inputId}>Import a scenario file (.json, the format in the README)</label>{" "}
      <input id={inputId} type="file" accept="application/json,.json" onChange={(e) => void take(e.target.files?.[0])} />
      {problems ? (
        <div className="error-summary" role="alert">
          <h3>The scenario was not imported</h3>
          <ul>
            {problems.map((p) => (
              <li key={`${p.path}:${p.message}`}>
                {problemText(p)}
                {p.message === CASE_NOT_SCENARIO ? (
                  <>
                    {" "}
                    <Link href="/import">Go to Import a case</Link>.
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {imported ? (
        <div role="status">
          <p>
            Imported “{imported.scenario.title}” for this session. <Link href={importedScenarioHref(imported.scenario.id, "trainee")}>Open it</Link> ·{" "}
            <Link href={importedScenarioHref(imported.scenario.id, "instructor")}>Instructor view and printable sheets</Link>.
          </p>
          {imported.disagreements.length > 0 ? (
            <ExpectationWarning disagreements={imported.disagreements} heading="h3" />
          ) : (
            <p>Its expected results agree with what crs-screen computes from its answer key.</p>
          )}
        </div>
      ) : null}
    </section>
  );
}
