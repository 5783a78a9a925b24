/**
 * Reading a number as a person types it, without guessing (issue 14, item 1).
 *
 * Clinicians type numbers the way their laboratory prints them: `12400`, `12 400` (a space, a
 * no-break space or a thin space between thousands), `38.5`, `38,5` (a decimal comma), and now and
 * then `1,234.5` or `1.234,5`. All of those have one reading. One shape has two: a single comma or
 * dot followed by exactly three digits (`12,400`, `12.400`) is twelve thousand four hundred in
 * one convention and twelve point four in the other. Such a text is read both ways; when both
 * readings are plausible for the field it is refused (the person is asked which one was meant),
 * and when only one is plausible that one is kept and the caller says so beside the field —
 * a reading outside the field's plausible range would be refused anyway, so the other one is the
 * only value the form could ever keep from this text.
 *
 * Exponents (`2e3`), fractions and units inside the text are not numbers here: a person does not
 * type them, and a stray letter is more likely a slip than a notation.
 *
 * Pure functions, no framework: the form (./typed-value.ts) and every place that turns typed
 * text into a number use this one reader (named apart from lib/assessment/read.ts `readNumber`,
 * which reads a field of an Assessment). The text it reads back is written by lib/units/format.ts.
 */

/** The characters accepted between groups of thousands: space, no-break space, thin space, narrow no-break space. */
export const GROUP_SEPARATORS = [" ", "\u00a0", "\u2009", "\u202f"] as const;

const SPACE = "[ \\u00a0\\u2009\\u202f]";
/** Digits grouped by spaces (`12 400`, `1 234 567`), with an optional decimal part after a comma or dot. */
const SPACE_GROUPED = new RegExp(`^(\\d{1,3}(?:${SPACE}\\d{3})+)(?:[.,](\\d*))?$`);
/** Digits grouped by commas, decimal dot (`1,234,567`, `1,234.5`). */
const COMMA_GROUPED = /^(\d{1,3}(?:,\d{3})+)(?:\.(\d*))?$/;
/** Digits grouped by dots, decimal comma (`1.234.567`, `1.234,5`). */
const DOT_GROUPED = /^(\d{1,3}(?:\.\d{3})+)(?:,(\d*))?$/;
/** Plain digits with at most one decimal mark (`12400`, `38.5`, `38,5`, `.5`, `12.` while typing). */
const PLAIN = /^(\d*)(?:[.,](\d*))?$/;

/** What a typed text says. `value` is in the unit the text was typed in. */
export type NumberReading =
  | { readonly kind: "empty" }
  | { readonly kind: "number"; readonly value: number; readonly alsoReadAs?: number }
  | { readonly kind: "ambiguous"; readonly thousands: number; readonly decimal: number }
  | { readonly kind: "not-a-number" };

function compose(sign: string, whole: string, fraction: string | undefined): number {
  const digits = whole.replace(/\D/g, "") || "0";
  const value = Number(fraction ? `${digits}.${fraction}` : digits);
  return sign === "-" ? -value : value;
}

/**
 * Reads `text` as a number. `plausible` says whether a reading lies in the field's plausible range
 * (in the unit typed); it settles a `1,234`-shaped text only when exactly one reading passes it.
 * Without it such a text is always ambiguous. A reading kept because the other was implausible
 * carries the other in `alsoReadAs`, so the caller can show which one was taken.
 */
export function parseTypedNumber(text: string, plausible?: (value: number) => boolean): NumberReading {
  const trimmed = text.trim();
  if (trimmed === "") return { kind: "empty" };
  // A leading minus may be the typographic one (U+2212) when pasted from a document.
  const signMatch = /^([-+\u2212]?)(.*)$/su.exec(trimmed)!;
  const sign = signMatch[1] === "\u2212" ? "-" : signMatch[1]!;
  const body = signMatch[2]!;
  if (!/\d/.test(body)) return { kind: "not-a-number" };

  for (const grouped of [SPACE_GROUPED, COMMA_GROUPED, DOT_GROUPED]) {
    const match = grouped.exec(body);
    if (!match) continue;
    const [, whole, fraction] = match;
    // `1,234` alone (one group, no decimal part) is the ambiguous shape, handled below.
    const single = grouped !== SPACE_GROUPED && fraction === undefined && !/[.,].*[.,]/.test(whole!);
    if (!single) return { kind: "number", value: compose(sign, whole!, fraction) };
  }

  const plain = PLAIN.exec(body);
  if (!plain) return { kind: "not-a-number" };
  const [, whole, fraction] = plain;
  const looksGrouped = fraction !== undefined && fraction.length === 3 && /^[1-9]\d{0,2}$/.test(whole!);
  if (!looksGrouped) return { kind: "number", value: compose(sign, whole!, fraction) };

  const thousands = compose(sign, `${whole}${fraction}`, undefined);
  const decimal = compose(sign, whole!, fraction);
  if (plausible) {
    const thousandsPlausible = plausible(thousands);
    const decimalPlausible = plausible(decimal);
    if (thousandsPlausible && !decimalPlausible) return { kind: "number", value: thousands, alsoReadAs: decimal };
    if (decimalPlausible && !thousandsPlausible) return { kind: "number", value: decimal, alsoReadAs: thousands };
  }
  return { kind: "ambiguous", thousands, decimal };
}

/**
 * Whether `text`, read as one number, was typed with a decimal part (`39.2`, `39,2`, `1 234.5`,
 * `12.` while typing); digits grouped by thousands (`12 400`, `1,234,567`) have none. A slip of
 * the decimal point (lib/form/slips.ts) can put a point where none was typed only by dropping it,
 * so a text without one is never multiplied.
 */
export function typedWithDecimals(text: string): boolean {
  const body = text.trim().replace(/^[-+\u2212]/u, "");
  for (const grouped of [SPACE_GROUPED, COMMA_GROUPED, DOT_GROUPED]) {
    const match = grouped.exec(body);
    if (match) return match[2] !== undefined;
  }
  return PLAIN.exec(body)?.[2] !== undefined;
}
