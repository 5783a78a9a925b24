"use client";

import { useSyncExternalStore } from "react";
import type { Stores } from "@/lib/form";

const subscribe = () => () => {};

/**
 * The browser's storages, or null when there are none: on the server (nothing is stored there), or
 * when the browser blocks site storage (cookies off, some locked-down hospital profiles) — reading
 * `window.sessionStorage` then throws, and it must not take the app down with it.
 */
function browserStores(): Stores | null {
  try {
    return typeof window === "undefined" ? null : { session: window.sessionStorage, local: window.localStorage };
  } catch {
    return null;
  }
}

export const BROWSER_STORES: Stores | null = browserStores();

/** The browser's storages, or null while rendering on the server and when storage is blocked (useStorageBlocked tells which). */
export function useBrowserStores(): Stores | null {
  return useSyncExternalStore(subscribe, () => BROWSER_STORES, () => null);
}

/** True in a browser that blocks site storage: the case cannot be kept, and the views say so. */
export function useStorageBlocked(): boolean {
  return useSyncExternalStore(subscribe, () => BROWSER_STORES === null, () => false);
}

/** A value in this tab's session storage; null when absent or when storage is blocked. */
export function sessionValue(key: string): string | null {
  return BROWSER_STORES?.session.getItem(key) ?? null;
}
