import type { StoredLayoutHints } from "@/lib/form/stored-layout";

/** The html element's attributes the script sets; app/globals.css applies them to a step form not yet filled. */
export const STORED_LAYOUT_ATTRIBUTES = { waits: "data-step-waits", encephalopathyTest: "data-encephalopathy-test" } as const;

/**
 * Runs as the step's HTML is parsed, before its first paint (stored-layout-script.tsx inlines this
 * function's source: it must not refer to anything outside itself). It reads the stored case the
 * way lib/form/draft.ts does — the draft and time-points in localStorage when the case is kept on
 * this device, else in sessionStorage; units, unsaved typing and the scenario in sessionStorage — and marks the
 * html element with what the prerendered step cannot know (lib/form/stored-layout.ts). Anything
 * unreadable leaves the step as for a new case, which is what the form then shows.
 */
export function markStoredLayout(hints: StoredLayoutHints, attributes: typeof STORED_LAYOUT_ATTRIBUTES): void {
  try {
    const keep = window.localStorage.getItem(hints.keys.keep) === "true";
    const store = keep ? window.localStorage : window.sessionStorage;
    const read = (storage: Storage, key: string): unknown => JSON.parse(storage.getItem(key) ?? "null");
    const saved = read(store, hints.keys.draft) as { schemaVersion?: unknown } | null;
    // As loadDraft: a draft of another schema version is not read (the form starts empty).
    const draft = saved?.schemaVersion === 1 ? saved : null;
    const at = (path: string): unknown =>
      path.split(".").reduce<unknown>((node, key) => (node !== null && typeof node === "object" ? (node as Record<string, unknown>)[key] : undefined), draft);
    const units = (read(window.sessionStorage, hints.keys.units) ?? {}) as Record<string, unknown>;
    const frame = read(store, hints.keys.frame) as { timepoints?: unknown[] } | null;
    const waits =
      window.sessionStorage.getItem(hints.keys.pending) !== null ||
      hints.reshapedBy.some((path) => at(path) != null) ||
      Object.entries(hints.canonicalUnits).some(([path, unit]) => units[path] !== undefined && units[path] !== unit) ||
      (frame?.timepoints?.length ?? 0) > 1 ||
      window.sessionStorage.getItem(hints.keys.scenario) !== null;
    const root = document.documentElement;
    if (waits) root.setAttribute(attributes.waits, "");
    const age = at("context.ageYears");
    if (hints.iceFromAgeYears !== null && typeof age === "number") root.setAttribute(attributes.encephalopathyTest, age >= hints.iceFromAgeYears ? "ice" : "capd");
  } catch {
    /* storage blocked or a damaged entry: nothing is marked */
  }
}
