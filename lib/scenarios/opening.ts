/**
 * The opening of a scenario's vignette, for the gallery card: enough to choose a case, never its
 * teaching point (that line gives the answer away; it belongs to the instructor view and to the
 * checklist after the attempt).
 */

/** Longest opening shown on a card, in characters (about two lines at 360 px). */
export const OPENING_MAX_CHARS = 160;

/**
 * The first sentence of the first paragraph; a sentence longer than `max` is cut at a word and
 * marked "…". A full stop inside a number ("38.9 °C") or an abbreviation does not end a sentence:
 * a sentence ends at ". ", "? " or "! " followed by a capital letter.
 */
export function vignetteOpening(vignette: readonly string[], max = OPENING_MAX_CHARS): string {
  const first = (vignette[0] ?? "").trim();
  const end = /[.?!](?=\s+[A-Z])/.exec(first);
  const sentence = end ? first.slice(0, end.index + 1) : first;
  if (sentence.length <= max) return sentence;
  const cut = sentence.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:]+$/, "")}…`;
}
