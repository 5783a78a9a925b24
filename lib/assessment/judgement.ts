/**
 * Reasoning over unknowns. A `Judgement` is a yes/no that may still be open (`null`), with the
 * field paths that could settle it. The operators are Kleene's three-valued logic, which is exact
 * (the open value really can go either way) for formulas in which each unknown input appears once
 * — true of every criterion in ../shared/clinical/INSTRUMENTS.md; derived values that read an
 * input twice (hypotension from SBP and MAP) are monotone in it and argued exact where defined.
 */
export interface Judgement {
  readonly value: boolean | null;
  /** Unknown field paths that could settle an open judgement; empty when settled. */
  readonly missing: readonly string[];
}

export const settled = (value: boolean): Judgement => ({ value, missing: [] });
export const open = (...missing: string[]): Judgement => ({ value: null, missing });

/** The paths of several lists, each once, in the order first met. */
export function unionOf(...lists: readonly (readonly string[])[]): string[] {
  const paths: string[] = [];
  for (const list of lists) for (const path of list) if (!paths.includes(path)) paths.push(path);
  return paths;
}

/** The paths that could settle the open parts. */
const missingOf = (parts: readonly Judgement[]): string[] => unionOf(...parts.filter((p) => p.value === null).map((p) => p.missing));

/** Kleene AND: false as soon as one part is false (then nothing else is missing), true when every part is. */
export function allOf(...parts: readonly Judgement[]): Judgement {
  if (parts.some((p) => p.value === false)) return settled(false);
  if (parts.some((p) => p.value === null)) return open(...missingOf(parts));
  return settled(true);
}

/** Kleene OR: true as soon as one part is true (then nothing else is missing), false when every part is. */
export function anyOf(...parts: readonly Judgement[]): Judgement {
  if (parts.some((p) => p.value === true)) return settled(true);
  if (parts.some((p) => p.value === null)) return open(...missingOf(parts));
  return settled(false);
}

export function not(part: Judgement): Judgement {
  return part.value === null ? part : settled(!part.value);
}

/** The values a judgement can still take. */
export function possibleValues(judgement: Judgement): readonly boolean[] {
  return judgement.value === null ? [false, true] : [judgement.value];
}
