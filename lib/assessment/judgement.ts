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

function unique(paths: readonly string[]): string[] {
  return [...new Set(paths)];
}

/** Kleene AND: false as soon as one part is false (then nothing else is missing). */
export function allOf(...parts: readonly Judgement[]): Judgement {
  if (parts.some((p) => p.value === false)) return settled(false);
  const openParts = parts.filter((p) => p.value === null);
  return openParts.length === 0 ? settled(true) : { value: null, missing: unique(openParts.flatMap((p) => p.missing)) };
}

/** Kleene OR: true as soon as one part is true. */
export function anyOf(...parts: readonly Judgement[]): Judgement {
  if (parts.some((p) => p.value === true)) return settled(true);
  const openParts = parts.filter((p) => p.value === null);
  return openParts.length === 0 ? settled(false) : { value: null, missing: unique(openParts.flatMap((p) => p.missing)) };
}

export function not(part: Judgement): Judgement {
  return part.value === null ? part : settled(!part.value);
}

/** The values a judgement can still take. */
export function possibleValues(judgement: Judgement): readonly boolean[] {
  return judgement.value === null ? [false, true] : [judgement.value];
}
