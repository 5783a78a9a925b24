import type { TimePointAt } from "@/lib/case/schema";

/**
 * The case's name on the summary: its label; unlabelled, the day of a case over time ("Training
 * case — day 3", so two days' printouts are told apart), or a plain "Untitled training case".
 */
export function caseTitle(label: string | null | undefined, at: TimePointAt | null): string {
  if (label != null && label.trim() !== "") return label;
  if (at === null) return "Untitled training case";
  return `Training case — day ${at.day}${at.time === undefined ? "" : `, ${at.time}`}`;
}
