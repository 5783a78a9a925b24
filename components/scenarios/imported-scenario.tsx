"use client";

import dynamic from "next/dynamic";
import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { BROWSER_STORES, useStorageBlocked } from "@/components/assessment/use-browser-stores";
import { StorageBlocked } from "@/components/notice/storage-blocked";
import type { Scenario } from "@/lib/scenarios/schema";
import { importedScenarioHref } from "./labels";
import { ScenarioView } from "./scenario-view";

// The instructor's sheets (answer key and expected results in words) load only on that page.
const InstructorView = dynamic(() => import("./instructor-view").then((m) => m.InstructorView));

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

interface Loaded {
  readonly scenario: Scenario | undefined;
  /** Expected results the app's screening of the answer key does not give. */
  readonly disagreements: readonly string[];
}

/**
 * An instructor's imported scenario (kept in this tab's session), shown like a built-in: the
 * trainee's page or the instructor's sheets. The scenario library (its validator and the
 * built-ins) is loaded once the page is up, not with it.
 */
export function ImportedScenario({ page }: { readonly page: "trainee" | "instructor" }) {
  // The id rides in the fragment, which is never sent to a server (not even in a prefetch).
  const id = useSyncExternalStore(subscribeToHash, () => decodeURIComponent(window.location.hash.replace(/^#id=/, "")), () => null);
  const blocked = useStorageBlocked();
  /** The imported scenario, once read in the browser (null until then: the server has no session). */
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (BROWSER_STORES === null || id === null) return;
    const session = BROWSER_STORES.session;
    let cancelled = false;
    void Promise.all([import("@/lib/scenarios/library"), import("@/lib/scenarios/disagreements")]).then(([{ importedScenarios }, { expectationDisagreements }]) => {
      const scenario = importedScenarios(session).find((s) => s.id === id);
      const disagreements = scenario && page === "instructor" ? expectationDisagreements(scenario) : [];
      if (!cancelled) setLoaded({ scenario, disagreements });
    });
    return () => {
      cancelled = true;
    };
  }, [id, page]);
  if (blocked) return <StorageBlocked />;
  if (loaded === null) return <p>Loading the scenario from this browser…</p>;
  const { scenario, disagreements } = loaded;
  if (!scenario) {
    return (
      <>
        <h1>Imported scenario not found</h1>
        <p role="alert">
          No imported scenario “{id}” in this browser session (imported scenarios last as long as the tab). <Link href="/scenarios">Import it from the gallery</Link>.
        </p>
      </>
    );
  }
  return page === "instructor" ? (
    <InstructorView scenario={scenario} traineeHref={importedScenarioHref(scenario.id, "trainee")} disagreements={disagreements} />
  ) : (
    <ScenarioView scenario={scenario} instructorHref={importedScenarioHref(scenario.id, "instructor")} />
  );
}
