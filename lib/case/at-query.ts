/**
 * The time-point in a step's address (`/assess/vitals?day=3`, `…?day=3&time=08:00`): Back and
 * Forward return to the day a page was of, and a link names its day. Pure text, no router.
 */
import type { TimePointAt } from "./schema";

/** "day=3" or "day=3&time=08%3A00": what a step's URL carries for a time-point. */
export function atQuery(at: TimePointAt): string {
  const query = new URLSearchParams({ day: String(at.day) });
  if (at.time !== undefined) query.set("time", at.time);
  return query.toString();
}

/** `search` with its time-point set to `at` (other parameters kept), or removed when `at` is null; "" or "?…". */
export function withAt(search: string, at: TimePointAt | null): string {
  const query = new URLSearchParams(search);
  query.delete("day");
  query.delete("time");
  if (at !== null) for (const [key, value] of new URLSearchParams(atQuery(at))) query.set(key, value);
  const text = query.toString();
  return text === "" ? "" : `?${text}`;
}

/** The time-point a URL names; null when it names none (or not a whole day, or a time not HH:MM). */
export function atOfQuery(search: string): TimePointAt | null {
  const query = new URLSearchParams(search);
  const day = query.get("day");
  if (day === null || !/^-?\d{1,4}$/.test(day)) return null;
  const time = query.get("time");
  if (time === null) return { day: Number(day) };
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(time) ? { day: Number(day), time } : null;
}

/** Index of the time-point at `at` (same day and time), or -1: a day moved or never added. */
export function indexOfAt(timepoints: readonly { readonly at: TimePointAt }[], at: TimePointAt): number {
  return timepoints.findIndex((p) => p.at.day === at.day && p.at.time === at.time);
}
