/**
 * Where the stage being played is kept (sessionStorage), in a module of its own so the form's
 * vignette panel and the Start button can read it without loading zod (lib/scenarios/predictions.ts
 * validates it where predictions are scored).
 */
export const PLAY_KEY = "crs-screen.scenario-play";

/** The stage number stored for this scenario (1 when none is stored, it is damaged or belongs to another scenario). */
export function storedStage(text: string | null, scenarioId: string): number {
  try {
    const play = JSON.parse(text ?? "null") as { scenarioId?: unknown; stage?: unknown } | null;
    return play && play.scenarioId === scenarioId && typeof play.stage === "number" && Number.isInteger(play.stage) && play.stage >= 1 ? play.stage : 1;
  } catch {
    return 1;
  }
}
