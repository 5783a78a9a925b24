/**
 * The draft case kept in the browser only (never sent anywhere): sessionStorage by default, so a
 * reload or Back/Forward loses nothing; localStorage when the user chose "keep on this device".
 * Storage is injected so this stays framework-free and testable.
 */
import type { AssessmentInput } from "../assessment/schema";
import type { UnitChoices } from "./unit-choice";
import { CASE_KEY, DONE_KEY, DRAFT_KEY, KEEP_KEY, PENDING_PREFIX, SCENARIO_TAG_KEY, UNITS_KEY } from "./keys";

export { CASE_KEY, DONE_KEY, DRAFT_KEY, KEEP_KEY, NOTICE_KEY, PENDING_PREFIX, SCENARIO_TAG_KEY, UNITS_KEY } from "./keys";

export interface Stores {
  readonly session: Storage;
  readonly local: Storage;
}

export const EMPTY_DRAFT: AssessmentInput = { schemaVersion: 1 };

function readJson<T>(storage: Storage, key: string): T | null {
  try {
    const text = storage.getItem(key);
    return text === null ? null : (JSON.parse(text) as T);
  } catch {
    return null;
  }
}

export function keepsOnDevice(stores: Stores): boolean {
  return stores.local.getItem(KEEP_KEY) === "true";
}

export function active(stores: Stores): Storage {
  return keepsOnDevice(stores) ? stores.local : stores.session;
}

export function loadDraft(stores: Stores): AssessmentInput {
  const draft = readJson<AssessmentInput>(active(stores), DRAFT_KEY);
  return draft && typeof draft === "object" && draft.schemaVersion === 1 ? draft : EMPTY_DRAFT;
}

/** A case with anything entered beyond the schema version: replacing it would lose work, so the app asks first. */
export function hasCaseInProgress(stores: Stores): boolean {
  return Object.keys(loadDraft(stores)).some((key) => key !== "schemaVersion");
}

export function saveDraft(stores: Stores, draft: AssessmentInput): void {
  active(stores).setItem(DRAFT_KEY, JSON.stringify(draft));
}

/** The ids of the steps of the current time-point that were saved (or, for Review, viewed). */
export function loadDoneSteps(stores: Stores): readonly string[] {
  const done = readJson<unknown>(active(stores), DONE_KEY);
  return Array.isArray(done) ? done.filter((id): id is string => typeof id === "string") : [];
}

export function saveDoneSteps(stores: Stores, done: readonly string[]): void {
  active(stores).setItem(DONE_KEY, JSON.stringify(done));
}

/** A step saved with "Save and continue" (or Review viewed) is done for this time-point, whether or not it holds values. */
export function markStepDone(stores: Stores, stepId: string): void {
  const done = loadDoneSteps(stores);
  if (!done.includes(stepId)) saveDoneSteps(stores, [...done, stepId]);
}

export function loadUnits(stores: Stores): UnitChoices {
  return readJson<UnitChoices>(stores.session, UNITS_KEY) ?? {};
}

export function saveUnits(stores: Stores, units: UnitChoices): void {
  stores.session.setItem(UNITS_KEY, JSON.stringify(units));
}

/** Moves the draft between session and device storage when the user changes the option. */
export function setKeepOnDevice(stores: Stores, keep: boolean): void {
  const draft = loadDraft(stores);
  // The case's other time-points (./case-draft.ts) move with the draft.
  const frame = active(stores).getItem(CASE_KEY);
  const done = loadDoneSteps(stores);
  if (keep) stores.local.setItem(KEEP_KEY, "true");
  else stores.local.removeItem(KEEP_KEY);
  (keep ? stores.session : stores.local).removeItem(DRAFT_KEY);
  (keep ? stores.session : stores.local).removeItem(CASE_KEY);
  (keep ? stores.session : stores.local).removeItem(DONE_KEY);
  saveDraft(stores, draft);
  if (frame !== null) active(stores).setItem(CASE_KEY, frame);
  if (done.length > 0) saveDoneSteps(stores, done);
}

/**
 * Drops every step's unsaved typing (when a whole case is replaced, or another time-point is
 * edited). Found by the key's prefix, so this module does not carry the step table with it (the
 * time-point switcher on every assess page uses it).
 */
export function clearPending(stores: Stores): void {
  const pending: string[] = [];
  for (let i = 0; i < stores.session.length; i++) {
    const key = stores.session.key(i);
    if (key?.startsWith(PENDING_PREFIX)) pending.push(key);
  }
  for (const key of pending) stores.session.removeItem(key);
}

/** "Clear case": the draft and every time-point (both storages), unsaved typing and the scenario tag go; unit choices and the notice stay. */
export function clearDraft(stores: Stores): void {
  stores.session.removeItem(DRAFT_KEY);
  stores.local.removeItem(DRAFT_KEY);
  stores.session.removeItem(CASE_KEY);
  stores.local.removeItem(CASE_KEY);
  stores.session.removeItem(DONE_KEY);
  stores.local.removeItem(DONE_KEY);
  clearPending(stores);
  stores.session.removeItem(SCENARIO_TAG_KEY);
}
