"use client";

import Link from "next/link";
import { useEffect, useState, useSyncExternalStore } from "react";
import { BROWSER_STORES, useStorageBlocked } from "@/components/assessment/use-browser-stores";
import { StorageBlocked } from "@/components/notice/storage-blocked";
import type { Scenario } from "@/lib/scenarios/schema";
import { ScenarioView } from "./scenario-view";

const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/**
 * An instructor's imported scenario (kept in this tab's session), shown like a built-in. The
 * scenario library (its validator and the built-ins) is loaded once the page is up, not with it.
 */
export function ImportedScenario() {
  // The id rides in the fragment, which is never sent to a server (not even in a prefetch).
  const id = useSyncExternalStore(subscribeToHash, () => decodeURIComponent(window.location.hash.replace(/^#id=/, "")), () => null);
  const blocked = useStorageBlocked();
  /** The imported scenarios, once read in the browser (null until then: the server has no session). */
  const [imported, setImported] = useState<readonly Scenario[] | null>(null);
  useEffect(() => {
    if (BROWSER_STORES === null) return;
    const session = BROWSER_STORES.session;
    let cancelled = false;
    void import("@/lib/scenarios/library").then(({ importedScenarios }) => {
      if (!cancelled) setImported(importedScenarios(session));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  if (blocked) return <StorageBlocked />;
  if (imported === null) return <p>Loading the scenario from this browser…</p>;
  const scenario = id ? imported.find((s) => s.id === id) : undefined;
  if (!scenario) {
    return (
      <p role="alert">
        No imported scenario “{id}” in this browser session. <Link href="/scenarios">Import it from the gallery</Link>.
      </p>
    );
  }
  return <ScenarioView scenario={scenario} />;
}
