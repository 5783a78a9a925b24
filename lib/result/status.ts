/** The statuses the result page shows, each with its word (an icon and a colour go with it, never colour alone). Pure. */

export type Status = "met" | "not-met" | "unknown" | "not-applicable";

export const STATUS_TEXT = {
  met: "Met",
  "not-met": "Not met",
  unknown: "Unknown",
  "not-applicable": "Does not apply",
} as const satisfies Record<Status, string>;

/** A criterion's or an instrument's three-valued outcome as a status. */
export function statusOf(met: boolean | null): Exclude<Status, "not-applicable"> {
  if (met === true) return "met";
  if (met === false) return "not-met";
  return "unknown";
}
