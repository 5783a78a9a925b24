/**
 * Where in the studio each part of a draft is edited, and the small judgements the studio's pages
 * share (is the draft empty; a built-in made the studio's own). Pure: no React.
 */
import { emptyStudioDraft, draftFromScenario, type StudioDraft } from "@/lib/scenarios/studio/draft";
import type { Scenario } from "@/lib/scenarios/schema";

export const STUDIO_HREFS = {
  start: "/scenarios/new",
  case: "/scenarios/new/case",
  vignette: "/scenarios/new/vignette",
  expected: "/scenarios/new/expected",
  cover: "/scenarios/new/cover",
} as const;

/**
 * The page a missing or flagged field is fixed on, from the part and field the studio's library
 * names ("Cover" / "Title for the instructor"; "Stage 2 (day 3)" / "Vignette paragraph 1").
 */
export function fixHref(part: string, field: string): string {
  if (part === "Cover") return STUDIO_HREFS.cover;
  const f = field.toLowerCase();
  if (f.startsWith("vignette")) return STUDIO_HREFS.vignette;
  if (f === "day" || f === "time" || f === "case label" || f.startsWith("answerkey")) return STUDIO_HREFS.case;
  return STUDIO_HREFS.expected;
}

/** A draft nobody has written in yet: replacing it loses nothing, so the studio does not ask. */
export function isEmptyDraft(draft: StudioDraft): boolean {
  return JSON.stringify(draft) === JSON.stringify(emptyStudioDraft());
}

/**
 * A scenario (a built-in) as the studio's starting point: every field kept, under a new id and a
 * title that says it is a copy, so it never stands in for the original.
 */
export function duplicateDraft(scenario: Scenario): StudioDraft {
  const draft = draftFromScenario(scenario);
  return { ...draft, cover: { ...draft.cover, id: `copy-of-${scenario.id}`.slice(0, 60).replace(/-+$/, ""), title: `Copy of ${scenario.title}` } };
}

/** Items grouped under their part, in the order the parts first appear. */
export function byPart<T extends { readonly part: string }>(items: readonly T[]): readonly { readonly part: string; readonly items: readonly T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.part, [...(groups.get(item.part) ?? []), item]);
  return [...groups].map(([part, grouped]) => ({ part, items: grouped }));
}
