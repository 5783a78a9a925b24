/**
 * The browser-storage keys, in a module of their own: a client component that only needs a key
 * (the notice gate) does not pull in the form library with it.
 */
export const DRAFT_KEY = "crs-screen.draft.v1";
export const UNITS_KEY = "crs-screen.units.v1";
export const KEEP_KEY = "crs-screen.keep-on-device";
export const NOTICE_KEY = "crs-screen.notice-acknowledged";
/** Each step's typing not yet saved (a reload in the middle of a step loses nothing): prefix + step id. */
export const PENDING_PREFIX = "crs-screen.pending.";
/** The id of the scenario the current case was started from (the result page shows its checklist). */
export const SCENARIO_TAG_KEY = "crs-screen.scenario";
/** Scenarios an instructor imported in this tab (lib/scenarios/library.ts reads and writes them). */
export const IMPORTED_SCENARIOS_KEY = "crs-screen.imported-scenarios.v1";
/**
 * The case's time-points around the draft (lib/form/case-draft.ts): the current time-point's
 * Assessment stays under DRAFT_KEY, so every view of "the case" reads the time-point being edited.
 */
export const CASE_KEY = "crs-screen.case.v1";
/** The steps of the current time-point saved with "Save and continue" (and Review, once viewed): the progress ticks them. */
export const DONE_KEY = "crs-screen.done.v1";
/** The scenario an instructor is writing in the studio (/scenarios/new), kept on this device until they clear it. */
export const STUDIO_KEY = "crs-screen.studio.v1";
