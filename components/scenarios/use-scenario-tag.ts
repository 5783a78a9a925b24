"use client";

import { useSyncExternalStore } from "react";
import { SCENARIO_TAG_KEY } from "@/lib/form/keys";

const noSubscription = () => () => {};

/** The tag, or null where the browser blocks site storage (reading sessionStorage throws there). */
function readTag(): string | null {
  try {
    return window.sessionStorage.getItem(SCENARIO_TAG_KEY);
  } catch {
    return null;
  }
}

/** The scenario this tab's case was started from, if any (sessionStorage; null on the server). */
export function useScenarioTag(): string | null {
  return useSyncExternalStore(noSubscription, readTag, () => null);
}
