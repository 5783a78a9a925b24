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

/** The empty list of missing paths, shared: settled answers are made by the thousand. */
export const NOTHING_MISSING: readonly string[] = Object.freeze([]);
/** The empty list of an instrument's notes, shared likewise. */
export const NO_NOTES: readonly string[] = NOTHING_MISSING;
const TRUE: Judgement = Object.freeze({ value: true, missing: NOTHING_MISSING });
const FALSE: Judgement = Object.freeze({ value: false, missing: NOTHING_MISSING });

/** A settled judgement (shared frozen objects: judgements are made by the thousand). */
export const settled = (value: boolean): Judgement => (value ? TRUE : FALSE);
export const open = (...missing: string[]): Judgement => ({ value: null, missing });

/**
 * Adds the paths of `missing` not yet in `paths`. An index loop: missing lists are often shared
 * frozen arrays, and on Node 20 for…of over a frozen array is not inlined (an iterator result per
 * step; ~6× slower) and slows every later call of the loop, frozen or not.
 */
export function addMissing(paths: string[], missing: readonly string[]): void {
  for (let i = 0; i < missing.length; i++) {
    const path = missing[i]!;
    if (!paths.includes(path)) paths.push(path);
  }
}

/** The missing paths of the open parts, without repeats (loops, not flatMap: this is the hot path). */
function missingOf(parts: readonly Judgement[]): string[] {
  const paths: string[] = [];
  for (const part of parts) if (part.value === null) addMissing(paths, part.missing);
  return paths;
}

/** Kleene AND: false as soon as one part is false (then nothing else is missing). */
export function allOf(...parts: readonly Judgement[]): Judgement {
  let anyOpen = false;
  for (const part of parts) {
    if (part.value === false) return settled(false);
    if (part.value === null) anyOpen = true;
  }
  return anyOpen ? { value: null, missing: missingOf(parts) } : settled(true);
}

/** Kleene OR: true as soon as one part is true. */
export function anyOf(...parts: readonly Judgement[]): Judgement {
  let anyOpen = false;
  for (const part of parts) {
    if (part.value === true) return settled(true);
    if (part.value === null) anyOpen = true;
  }
  return anyOpen ? { value: null, missing: missingOf(parts) } : settled(false);
}

export function not(part: Judgement): Judgement {
  return part.value === null ? part : settled(!part.value);
}

/** The values a judgement can still take. */
export function possibleValues(judgement: Judgement): readonly boolean[] {
  return judgement.value === null ? [false, true] : [judgement.value];
}
