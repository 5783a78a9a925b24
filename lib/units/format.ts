/**
 * How the app writes a quantity: the one grouping of thousands, the one table of how converted
 * values are rounded, and the one way a unit is joined to its number (counted units by the plural
 * rule of ../plural.ts). Each purpose a number is written for is a named function here:
 *
 * - `editableText`: a stored value put back in a field being edited — never rounded so far that
 *   saving the text unchanged would change the value (lib/form/values.ts keeps it exactly);
 * - `readingText`, `quantityText`: a stored value as read on the review, the result and the
 *   summary — to 3 decimals, marked "≈" when that rounded it;
 * - `thresholdText`: a published threshold converted to another unit — to that unit's laboratory
 *   precision (`UNIT_DECIMALS`);
 * - `publishedThreshold`: a published threshold as published ("> 684 ng/mL", "≥ 38.0 °C");
 * - `numberText`, `withUnit`: a number as read from typed text, nothing rounded away (the form's
 *   echo and messages).
 *
 * Pure functions over ./units.ts; no framework.
 */
import type { NumericFieldPath } from "../assessment/fields";
import { unitFor } from "../plural";
import { QUANTITIES, fromCanonical, isConvertible, quantityOf, settle, type Quantity, type UnitOf } from "./units";

/** At most this many decimals after a conversion, in a field being edited (`editableText`). */
const EDITABLE_DECIMALS = 4;
/** The most decimals `editableText` writes to avoid ending on a zero the rounding made up. */
const EDITABLE_MAX_DECIMALS = 10;
/** Decimals a stored value is read to (`readingText`): beyond any laboratory's, so only conversion noise goes. */
const READING_DECIMALS = 3;

/**
 * How many decimals a laboratory reports in each unit: a converted threshold is shown to that
 * precision ("≥ 2.99 mmol/L", not "≥ 2.991983742"); the published value stands beside it.
 */
const UNIT_DECIMALS = {
  temperature: { "°C": 1, "°F": 1 },
  hemoglobin: { "g/dL": 1, "g/L": 0 },
  cellCount: { "×10⁹/L": 2, "×10³/µL": 2, "/µL": 0 },
  ferritin: { "ng/mL": 0, "µg/L": 0 },
  triglycerides: { "mmol/L": 2, "mg/dL": 0 },
  fibrinogen: { "g/L": 2, "mg/dL": 0 },
  crp: { "mg/L": 1, "mg/dL": 2 },
  dDimer: { "ng/mL FEU": 0, "µg/mL FEU": 2, "mg/L FEU": 2 },
  creatinine: { "mg/dL": 2, "µmol/L": 0 },
} as const satisfies { readonly [Q in Quantity]: Readonly<Record<UnitOf<Q>, number>> };

/** The sign each published comparison is written with. */
export const COMPARISON_SIGNS = { ">=": "≥", ">": ">", "<=": "≤", "<": "<" } as const;

/**
 * Digits grouped by thousands with a narrow no-break space (SI style, as clinicians write
 * "8 500"), never the decimals: the one grouping of the whole product — the form's echo, its
 * messages, the review, the result, the summary and the answer keys. The form reads it back
 * (lib/form/number-entry.ts).
 */
export function groupDigits(text: string): string {
  const match = /^(-?)(\d+)(.*)$/.exec(text);
  if (!match || match[2]!.length < 4) return text;
  return `${match[1]}${match[2]!.replace(/\B(?=(\d{3})+$)/g, "\u202f")}${match[3]}`;
}

/** A number's text and its unit: "12 400 ng/mL", "1 day" (`count` decides the plural); a count without a unit stands alone. */
export function joinUnit(text: string, count: number, unit: string): string {
  return `${text} ${unitFor(count, unit)}`.trim();
}

/** A number as read from typed text: digits as read (nothing rounded away), thousands grouped, a decimal point. */
export function numberText(value: number): string {
  const text = String(value);
  return /e/i.test(text) ? text : groupDigits(text);
}

/** A number as read from typed text, with its unit: "12 400 ng/mL", "1 day". */
export function withUnit(value: number, unit: string): string {
  return joinUnit(numberText(value), value, unit);
}

/**
 * A rounded figure as shown, grouped, and marked "≈" when the rounding changed the value: the one
 * marking of a rounded number (the review's 3 decimals, the answer key's own rule in
 * lib/scenarios/format.ts).
 */
export function roundedText(value: number, rounded: string): string {
  return Number(rounded) === value ? groupDigits(rounded) : `≈ ${groupDigits(rounded)}`;
}

/** A canonical value in `unit` (itself in the canonical unit, or when the field has no units to choose). */
function converted(path: NumericFieldPath, canonical: number, unit: string): { readonly value: number; readonly isConverted: boolean } {
  if (!isConvertible(path)) return { value: canonical, isConverted: false };
  const quantity = quantityOf(path);
  if (unit === QUANTITIES[quantity].canonical) return { value: canonical, isConverted: false };
  return { value: fromCanonical(quantity, unit as UnitOf<Quantity>, canonical), isConverted: true };
}

/**
 * A canonical value shown in a field being edited, in a unit: no float noise, at most 4 decimals
 * after a conversion. In the stored unit a value kept from a conversion (310 mg/dL is stored as
 * 3.500056… mmol/L) shows 4 decimals too ("3.5001"), and more only where rounding would end on a
 * zero it made up: a rounded value never reads as a round one, so 37.99999 °C never reads as 38
 * (a threshold). A figure rounded this way differs from the stored one by under 0.00005 and ends
 * on a non-zero 4th decimal, so it sits on the same side of every threshold of 3 decimals or
 * fewer. Saving the text unchanged keeps the stored value exactly (lib/form/values.ts). Not
 * grouped: it is the text in the input.
 */
export function editableText(path: NumericFieldPath, canonical: number, unit: string): string {
  const { value, isConverted } = converted(path, canonical, unit);
  const settled = settle(value);
  if (isConverted) return String(Number(settled.toFixed(EDITABLE_DECIMALS)));
  for (let decimals = EDITABLE_DECIMALS; decimals <= EDITABLE_MAX_DECIMALS; decimals++) {
    const rounded = settled.toFixed(decimals);
    if (Number(rounded) === settled || !rounded.endsWith("0")) return String(Number(rounded));
  }
  return String(settled);
}

/**
 * A value as a person reads it: a stored value converted from another unit (310 mg/dL is kept as
 * 3.500056… mmol/L) is shown to 3 decimals and marked "≈"; the verdict beside it is judged on the
 * exact value, so "≈ 38 °C · < 38" stays honest.
 */
export function readingText(value: number): string {
  return roundedText(value, String(Number(value.toFixed(READING_DECIMALS))));
}

/** "8 500 ng/mL", "≈ 3.5 mmol/L", "1 point", "1 day": a stored (canonical) number in the unit chosen for its field, as read. */
export function quantityText(path: NumericFieldPath, canonical: number, unit: string): string {
  const shown = Number(editableText(path, canonical, unit));
  // The unit agrees with the number as read: "≈ 1 day" for 0.9999 days, as for 1.
  return joinUnit(readingText(shown), Number(shown.toFixed(READING_DECIMALS)), unit);
}

/** A threshold (canonical) in the unit chosen, rounded to that unit's precision; a field without units shows it as `editableText` does. */
export function thresholdText(path: NumericFieldPath, canonical: number, unit: string): string {
  if (!isConvertible(path)) return editableText(path, canonical, unit);
  const quantity = quantityOf(path);
  const decimals: number = (UNIT_DECIMALS[quantity] as Readonly<Record<string, number>>)[unit] ?? EDITABLE_DECIMALS;
  return String(Number(settle(fromCanonical(quantity, unit as UnitOf<Quantity>, canonical)).toFixed(decimals)));
}

/** A published threshold, as `publishedThreshold` reads it (lib/assessment/read.ts `Threshold` has this shape). */
export interface PublishedThreshold {
  readonly comparison: keyof typeof COMPARISON_SIGNS;
  /** The value as published, in `unit`. */
  readonly value: number;
  /** The published unit; a counted one ("points", "days") agrees with the value. */
  readonly unit: string;
  /** The decimals the paper prints ("38.0 °C" has 1); without it the value is written as the number it is ("38"). */
  readonly decimals?: number;
}

/** A figure as the paper prints it: its decimals kept ("38.0"), digits grouped ("2 000"). */
export function publishedFigure(value: number, decimals?: number): string {
  return groupDigits(decimals === undefined ? String(value) : value.toFixed(decimals));
}

/**
 * A published figure with its unit, as the papers print it: a per-unit joins the number ("22/min"),
 * any other unit follows a space ("38.0 °C"), a counted one agrees with `count` ("1 point"). (What
 * the app reads back from a field keeps a space before every unit: `joinUnit`.)
 */
export function withPublishedUnit(figure: string, count: number, unit: string): string {
  return unit.startsWith("/") ? `${figure}${unit}` : joinUnit(figure, count, unit);
}

/**
 * A published threshold stated as published: "> 684 ng/mL", "≥ 38.0 °C" (its decimals recorded),
 * "≥ 22/min", "≥ 169 points", "≥ 1 point", "< 2 000 ng/mL". Never converted: `thresholdText`
 * states a threshold in another unit.
 */
export function publishedThreshold({ comparison, value, unit, decimals }: PublishedThreshold): string {
  return `${COMPARISON_SIGNS[comparison]} ${withPublishedUnit(publishedFigure(value, decimals), value, unit)}`;
}
