/**
 * The studio's addresses, and a draft's problems or warnings grouped by part. Pure: no React.
 */

/** Each studio page's address; the draft's own problems and warnings name the page that fixes them (lib/scenarios/studio/draft.ts, `StudioPage`). */
export const STUDIO_HREFS = {
  start: "/scenarios/new",
  case: "/scenarios/new/case",
  vignette: "/scenarios/new/vignette",
  expected: "/scenarios/new/expected",
  cover: "/scenarios/new/cover",
} as const;

/** Items grouped under their part, in the order the parts first appear. */
export function byPart<T extends { readonly part: string }>(items: readonly T[]): readonly { readonly part: string; readonly items: readonly T[] }[] {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.part, [...(groups.get(item.part) ?? []), item]);
  return [...groups].map(([part, grouped]) => ({ part, items: grouped }));
}
