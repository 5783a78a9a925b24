"use client";

import { useSyncExternalStore } from "react";
import type { Stores } from "@/lib/form";

const subscribe = () => () => {};

/** The browser's storages, or null while rendering on the server (nothing is stored there). */
export function useBrowserStores(): Stores | null {
  return useSyncExternalStore(
    subscribe,
    () => (typeof window === "undefined" ? null : BROWSER),
    () => null,
  );
}

const BROWSER: Stores | null = typeof window === "undefined" ? null : { session: window.sessionStorage, local: window.localStorage };
