"use client";

import { useCallback, useMemo, useSyncExternalStore } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import { STUDIO_KEY } from "@/lib/form/keys";
import { emptyStudioDraft, parseStudioDraft, type StudioDraft } from "@/lib/scenarios/studio/draft";

/** The studio pages of this tab that show the draft: each re-reads it when another one saves. */
const listeners = new Set<() => void>();

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange);
  // Another tab's save arrives as a storage event.
  window.addEventListener("storage", onChange);
  return () => {
    listeners.delete(onChange);
    window.removeEventListener("storage", onChange);
  };
}

/** The stored text (a string compares equal across reads, as useSyncExternalStore needs); "" when none. */
const storedText = (): string => BROWSER_STORES?.local.getItem(STUDIO_KEY) ?? "";

function save(draft: StudioDraft): void {
  BROWSER_STORES?.local.setItem(STUDIO_KEY, JSON.stringify(draft));
  for (const listener of listeners) listener();
}

/**
 * The studio's draft, read from this browser and saved on every change (as the case is): a reload
 * or a closed tab loses nothing. `draft` is null while rendering on the server (it has no
 * storage); a damaged or absent draft starts empty. Nothing leaves the browser.
 */
export function useStudioDraft(): {
  readonly draft: StudioDraft | null;
  readonly update: (change: (draft: StudioDraft) => StudioDraft) => void;
  readonly replace: (draft: StudioDraft) => void;
} {
  const text = useSyncExternalStore(subscribe, storedText, () => null);
  const draft = useMemo(() => (text === null ? null : (parseStudioDraft(text === "" ? null : text) ?? emptyStudioDraft())), [text]);
  const update = useCallback((change: (draft: StudioDraft) => StudioDraft) => save(change(parseStudioDraft(storedText() || null) ?? emptyStudioDraft())), []);
  return { draft, update, replace: save };
}
