"use client";

import { useSyncExternalStore } from "react";
import { SCENARIO_TAG_KEY } from "@/lib/form/keys";

const noSubscription = () => () => {};

/** The scenario this tab's case was started from, if any (sessionStorage; null on the server). */
export function useScenarioTag(): string | null {
  return useSyncExternalStore(noSubscription, () => window.sessionStorage.getItem(SCENARIO_TAG_KEY), () => null);
}
