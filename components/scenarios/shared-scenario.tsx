"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import type { ValidationProblem } from "@/lib/assessment/validate";
import { ProblemSummary } from "@/components/notice/problem-summary";
import type { Scenario } from "@/lib/scenarios/schema";
import { importedScenarioHref } from "./labels";

type Opening = { readonly state: "reading" } | { readonly state: "opened"; readonly scenario: Scenario } | { readonly state: "refused"; readonly problems: readonly ValidationProblem[] };

/** What a link's fragment opens: the scenario, kept for this tab's session, or why it is refused. */
async function openLink(hash: string): Promise<Opening> {
  const refused = (problems: readonly ValidationProblem[]): Opening => ({ state: "refused", problems });
  const [{ readSharedScenario }, { addImportedScenario }] = await Promise.all([import("@/lib/transfer/scenario-share"), import("@/lib/scenarios/library")]);
  const reading = await readSharedScenario(hash);
  if (!reading.ok) return refused(reading.problems);
  if (BROWSER_STORES === null) return refused([{ path: "", message: "This browser blocks site storage (cookies and site data are off), so there is nowhere to keep the scenario." }]);
  addImportedScenario(BROWSER_STORES.session, reading.scenario);
  return { state: "opened", scenario: reading.scenario };
}

/**
 * Opens an instructor's scenario from a share link (`#scenario=v1.…`, made in the studio): read
 * exactly as an imported file is (size, JSON, schema, not a built-in's id) and kept for this tab's
 * session, like an import. The fragment never reaches a server; the reader loads only here.
 */
export function SharedScenario() {
  const [opening, setOpening] = useState<Opening>({ state: "reading" });
  useEffect(() => {
    let cancelled = false;
    void openLink(window.location.hash).then((opened) => {
      if (!cancelled) setOpening(opened);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (opening.state === "reading") return <p role="status">Reading the scenario from the link…</p>;
  if (opening.state === "refused") {
    return (
      <ProblemSummary heading="The shared scenario could not be opened" problems={opening.problems}>
        <p>
          <Link href="/scenarios">Go to the scenarios</Link>.
        </p>
      </ProblemSummary>
    );
  }
  const { scenario } = opening;
  return (
    <div role="status">
      <p>
        Opened an instructor&rsquo;s scenario for this browser tab&rsquo;s session; the gallery lists it as your own. Nothing was sent anywhere: the scenario is inside the link.
      </p>
      <p>
        <Link href={importedScenarioHref(scenario.id, "trainee")} className="button primary">
          Start it as a trainee
        </Link>{" "}
        <Link href={importedScenarioHref(scenario.id, "instructor")} className="button">
          Instructor view and printable sheets
        </Link>
      </p>
    </div>
  );
}
