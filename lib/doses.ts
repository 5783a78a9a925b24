/**
 * crs-screen never shows a dose (README; ../shared/clinical/THERAPIES.md, "Disclaimers"). This is the
 * pattern the tests hold every built-in text and every rendered page to: a number followed by a mass,
 * unit or volume (mg, µg/mcg, U/IU/units, mL) per body weight, body surface, or time (kg, m², min, h,
 * day) — "8 mg/kg", "0.25 µg/kg/min", "0.03 U/min", "5 mg/m2", "20 mL per kg". Laboratory units such
 * as U/L, ng/mL or mg/dL are concentrations, not doses, and do not match.
 */
export const DOSE_PATTERN =
  /\d(?:[.,]\d+)?\s*(?:mg|µg|μg|mcg|IU|U|units?|mL)\s*(?:\/|\s+per\s+)\s*(?:kg|m²|m2|min|minute|h|hr|hour|d|day)(?![a-z0-9])/i;

/** The dose-like phrases in a text, to name them in a failure. */
export function dosesIn(text: string): string[] {
  return [...text.matchAll(new RegExp(DOSE_PATTERN.source, "gi"))].map((m) => m[0]);
}
