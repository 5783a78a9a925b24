import type { CriterionResult, InstrumentResult } from "@/lib/scores";

/** The named criterion of a result; fails loudly (listing the ids there are) rather than passing on `undefined`. */
export function criterion(result: InstrumentResult, id: string): CriterionResult {
  const found = result.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`${result.id} has no criterion "${id}"; it has ${result.criteria.map((c) => c.id).join(", ")}`);
  return found;
}

/** An age given in days, in the contract's unit (years of 365.25 days, as the HLH-2004 infant convention reads it). */
export function days(count: number): number {
  return count / 365.25;
}

/**
 * A setting other than immune-effector cell therapy. `daysSinceInfusion` is cleared because the
 * contract allows it only in that setting (the baseline fixture sets it).
 */
export const VIRAL_INFECTION = { setting: "viral-infection", daysSinceInfusion: null } as const;
/** COVID-19, the one setting cHIS applies in (ASSESSMENT.md additions, 2026-12). */
export const COVID_19 = { setting: "covid-19", daysSinceInfusion: null } as const;
export const RHEUMATOLOGIC = { setting: "rheumatologic", daysSinceInfusion: null } as const;
