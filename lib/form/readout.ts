/**
 * A stored number as a person reads it on the review, the result and the summary (never in a field
 * being edited, which shows ./values.ts `display` so a revisit keeps the stored value exactly).
 */
import type { NumericFieldPath } from "../assessment/fields";
import { groupDigits } from "./number-entry";
import { unitFor } from "../plural";
import { display } from "./values";

/**
 * A value as a person reads it: a stored value converted from another unit (310 mg/dL is kept as
 * 3.500056… mmol/L) is shown to 3 decimals and marked "≈"; the verdict beside it is judged on the
 * exact value, so "≈ 38 °C · < 38" stays honest.
 */
export function readable(text: string): string {
  const value = Number(text);
  const rounded = Number(value.toFixed(3));
  return rounded === value ? groupDigits(text) : `≈ ${groupDigits(String(rounded))}`;
}

/** "8 500 ng/mL", "≈ 3.5 mmol/L", "1 point", "1 day": a stored (canonical) number in the unit chosen for its field. */
export function readout(path: NumericFieldPath, canonical: number, unit: string): string {
  const shown = display(path, canonical, unit);
  // The unit agrees with the number as read: "≈ 1 day" for 0.9999 days, as for 1.
  return `${readable(shown)} ${unitFor(Number(Number(shown).toFixed(3)), unit)}`.trim();
}
