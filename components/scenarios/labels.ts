/**
 * Small, client-safe pieces of the scenario pages: the difficulty labels and the sessionStorage
 * key that tags a blank form with the scenario it was started from. Type-only imports keep the
 * scenario schema (zod) out of the browser bundle.
 */
import type { ScenarioSummary } from "@/lib/scenarios/data";
import type { Scenario } from "@/lib/scenarios/schema";

export type Difficulty = Scenario["difficulty"];
export type SettingId = Scenario["setting"];

/** In teaching order: the gallery lists foundation cases first. */
export const DIFFICULTY_LABELS = {
  foundation: "Foundation",
  intermediate: "Intermediate",
  advanced: "Advanced",
} as const satisfies Record<Difficulty, string>;

export const DIFFICULTY_ORDER = Object.keys(DIFFICULTY_LABELS) as Difficulty[];

/** What the gallery card and its filters need of a scenario (lib/scenarios/data.ts). */
export type { ScenarioSummary } from "@/lib/scenarios/data";

/**
 * A gallery card: the summary without the teaching point (it gives the answer away), with the
 * vignette's opening instead (lib/scenarios/opening.ts).
 */
export interface GalleryCard extends Omit<ScenarioSummary, "teaches"> {
  readonly opening: string;
}

/** The one-line non-diagnostic notice printed on every scenario and answer sheet. */
export const TRAINING_NOTICE = "Educational training material — not a diagnosis.";

/** Where an imported scenario's pages live: one static route each, the id in the fragment (the static export has no server routes). */
export function importedScenarioHref(id: string, page: "trainee" | "instructor"): string {
  return `/scenarios/imported${page === "instructor" ? "/instructor" : ""}#id=${encodeURIComponent(id)}`;
}
