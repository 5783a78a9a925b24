/**
 * The therapy classes of a screening grouped for reading, by the evidence behind them for the
 * screening's patterns. The catalogue's own tiers (THERAPIES.md: approved, guideline, clinical
 * studies, preclinical) are kept; "clinical studies" whose every line points to no benefit or to
 * harm form a group of their own, so that negative trials stand out instead of reading as hope.
 * Pure.
 */
import { evidenceFor } from "./select";
import type { EvidenceLine, Pattern, TherapyClass } from "./types";

export const TIER_GROUPS = ["approved", "guideline", "clinical studies", "preclinical", "no benefit or harm"] as const;
export type TierGroup = (typeof TIER_GROUPS)[number];

/** Group headings and the short chip each class in the group carries. */
export const TIER_GROUP_TEXT = {
  approved: { heading: "Approved, for the indication each entry names", chip: "Approved" },
  guideline: { heading: "Recommended by a guideline or consensus", chip: "Guideline" },
  "clinical studies": { heading: "Trials and cohort studies in humans, not approved", chip: "Trials / cohorts" },
  preclinical: { heading: "Preclinical only (cell or animal studies)", chip: "Preclinical" },
  "no benefit or harm": { heading: "Human studies showed no benefit or harm", chip: "No benefit / harm" },
} as const satisfies Record<TierGroup, { readonly heading: string; readonly chip: string }>;

const NEGATIVE = new Set<EvidenceLine["direction"]>(["no benefit", "harm"]);

/**
 * The group of a class for these patterns: its strongest tier, except that a class whose human
 * evidence (clinical studies; nothing approved or in a guideline) is all negative goes to "no
 * benefit or harm". Null when the class has no line for these patterns.
 */
export function tierGroupOf(therapy: TherapyClass, patterns: readonly Pattern[]): TierGroup | null {
  const lines = evidenceFor(therapy, patterns);
  if (lines.length === 0) return null;
  if (lines.some((l) => l.tier === "approved")) return "approved";
  if (lines.some((l) => l.tier === "guideline")) return "guideline";
  const human = lines.filter((l) => l.tier === "clinical studies");
  if (human.length > 0) return human.every((l) => NEGATIVE.has(l.direction)) ? "no benefit or harm" : "clinical studies";
  return "preclinical";
}

/** The classes in tier-group order (approved first), each group in the order given; empty groups left out. */
export function groupByTier(therapies: readonly TherapyClass[], patterns: readonly Pattern[]): readonly { readonly group: TierGroup; readonly therapies: readonly TherapyClass[] }[] {
  const byGroup = new Map<TierGroup, TherapyClass[]>();
  for (const therapy of therapies) {
    const group = tierGroupOf(therapy, patterns);
    if (group === null) continue;
    const list = byGroup.get(group) ?? [];
    list.push(therapy);
    byGroup.set(group, list);
  }
  return TIER_GROUPS.filter((g) => byGroup.has(g)).map((group) => ({ group, therapies: byGroup.get(group)! }));
}
