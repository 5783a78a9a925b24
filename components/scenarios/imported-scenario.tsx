"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { IMPORTED_SCENARIOS_KEY, importedScenarios } from "@/lib/scenarios/library";
import { BROWSER_STORES, sessionValue, useStorageBlocked } from "@/components/assessment/use-browser-stores";
import { StorageBlocked } from "@/components/notice/storage-blocked";
import { ScenarioView } from "./scenario-view";

const noSubscription = () => () => {};
const subscribeToHash = (onChange: () => void) => {
  window.addEventListener("hashchange", onChange);
  return () => window.removeEventListener("hashchange", onChange);
};

/** An instructor's imported scenario (kept in this tab's session), shown like a built-in. */
export function ImportedScenario() {
  // The id rides in the fragment, which is never sent to a server (not even in a prefetch).
  const id = useSyncExternalStore(subscribeToHash, () => decodeURIComponent(window.location.hash.replace(/^#id=/, "")), () => null);
  // Read in the browser only (the server has no session); null on the server and during hydration.
  const raw = useSyncExternalStore(noSubscription, () => sessionValue(IMPORTED_SCENARIOS_KEY) ?? "", () => null);
  const blocked = useStorageBlocked();
  if (blocked) return <StorageBlocked />;
  if (raw === null || BROWSER_STORES === null) return <p>Loading the scenario from this browser…</p>;
  const scenario = id ? importedScenarios(BROWSER_STORES.session).find((s) => s.id === id) : undefined;
  if (!scenario) {
    return (
      <p role="alert">
        No imported scenario “{id}” in this browser session. <Link href="/scenarios">Import it from the gallery</Link>.
      </p>
    );
  }
  return <ScenarioView scenario={scenario} />;
}
