/**
 * The one plural rule of the app: English's, from Intl.PluralRules, so "1 day", "0 days", "1.5 days"
 * and "1 point" are decided in one place, never by a hand-written `n === 1 ? … : …`.
 */

const ENGLISH = new Intl.PluralRules("en");

/** The singular of each counted unit the field tables store in the plural (lib/assessment/fields.ts). */
const SINGULAR: Readonly<Record<string, string>> = { points: "point", days: "day", years: "year" };

/** Whether English reads `count` in the singular: exactly 1 ("1 day"); 0, 1.5 and 2 take the plural. */
export function isSingular(count: number): boolean {
  return ENGLISH.select(count) === "one";
}

/**
 * A unit as read after `count`: "point" after 1, "points" after 0 or 3. A unit that is not counted
 * ("mg/dL", "°C") reads the same after any number.
 */
export function unitFor(count: number, unit: string): string {
  return isSingular(count) ? (SINGULAR[unit] ?? unit) : unit;
}

/** A count and its noun: counted(1, "day") is "1 day", counted(3, "day") "3 days", counted(2, "criterion", "criteria") "2 criteria". */
export function counted(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${isSingular(count) ? singular : plural}`;
}
