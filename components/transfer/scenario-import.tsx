"use client";

import Link from "next/link";
import { useId, useState } from "react";
import type { ValidationProblem } from "@/lib/assessment/validate";
import type { Scenario } from "@/lib/scenarios/schema";

/**
 * An instructor's own scenario file: validated in the browser, kept for this session, runnable like
 * a built-in. The scenario library and its validator are loaded when a file is chosen.
 */
export function ScenarioImport({ onImported }: { readonly onImported?: (scenario: Scenario) => void }) {
  const inputId = useId();
  const [problems, setProblems] = useState<readonly ValidationProblem[] | null>(null);
  const [imported, setImported] = useState<Scenario | null>(null);
  const take = async (file: File | undefined) => {
    if (!file) return;
    setImported(null);
    const { MAX_SCENARIO_BYTES, addImportedScenario, readScenarioText } = await import("@/lib/scenarios/library");
    if (file.size > MAX_SCENARIO_BYTES) {
      setProblems([{ path: "", message: `The file is larger than ${MAX_SCENARIO_BYTES / 1024} KB; a scenario file is a few kilobytes.` }]);
      return;
    }
    const parsed = readScenarioText(await file.text());
    if (!parsed.ok) {
      setProblems(parsed.problems);
      return;
    }
    addImportedScenario(window.sessionStorage, parsed.scenario);
    setProblems(null);
    setImported(parsed.scenario);
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
              <li key={`${p.path}:${p.message}`}>{p.path ? `${p.path}: ${p.message}` : p.message}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {imported ? (
        <p role="status">
          Imported “{imported.title}” for this session. <Link href={`/scenarios/imported#id=${encodeURIComponent(imported.id)}`}>Open it</Link>.
        </p>
      ) : null}
    </section>
  );
}
