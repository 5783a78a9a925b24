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

/** Storage can be blocked (cookies off): then the case views stay in their loading state instead of the whole app failing to load. */
function browserStores(): Stores | null {
  try {
    return typeof window === "undefined" ? null : { session: window.sessionStorage, local: window.localStorage };
  } catch {
    return null;
  }
}

const BROWSER: Stores | null = browserStores();
