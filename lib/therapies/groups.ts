/**
 * The therapy classes of a screening grouped for reading, by the evidence a case sees: the tier of
 * a line whose indication the case meets (THERAPIES.md: approved, guideline, clinical studies,
 * preclinical). "Clinical studies" whose every met line points to no benefit or to harm form a group
 * of their own, so that negative trials stand out instead of reading as hope. A class whose
 * indications the case does not meet never sits under a tier: it goes to "indication open" when the
 * data recorded cannot settle one, else to "outside indication". Pure.
 */
import type { EvidenceDirection, TherapyMatch } from "./types";

export const TIER_GROUPS = ["approved", "guideline", "clinical studies", "preclinical", "no benefit or harm", "indication open", "outside indication"] as const;
export type TierGroup = (typeof TIER_GROUPS)[number];

/** Group headings and the short chip each class in the group carries. */
export const TIER_GROUP_TEXT = {
  approved: { heading: "Approved for an indication this case meets", chip: "Approved" },
  guideline: { heading: "Recommended by a guideline or consensus for this case's indication", chip: "Guideline" },
  "clinical studies": { heading: "Trials and cohort studies in humans, not approved", chip: "Trials / cohorts" },
  preclinical: { heading: "Preclinical only (cell or animal studies)", chip: "Preclinical" },
  "no benefit or harm": { heading: "Human studies showed no benefit or harm", chip: "No benefit / harm" },
  "indication open": { heading: "Only if the case meets an indication the data recorded do not settle", chip: "Indication open" },
  "outside indication": { heading: "Outside the indication of every line (discussed for this pattern, not for this case)", chip: "Outside indication" },
} as const satisfies Record<TierGroup, { readonly heading: string; readonly chip: string }>;

const NEGATIVE = new Set<EvidenceDirection>(["no benefit", "harm"]);

/** The group of a judged class (see the file comment). */
export function tierGroupOf(match: TherapyMatch): TierGroup {
  if (match.strongestTier === null) return match.lines.some((l) => l.met === null) ? "indication open" : "outside indication";
  if (match.strongestTier !== "clinical studies") return match.strongestTier;
  const metHuman = match.lines.filter((l) => l.met === true && l.tier === "clinical studies");
  return metHuman.every((l) => NEGATIVE.has(l.direction)) ? "no benefit or harm" : "clinical studies";
}

/** The classes in tier-group order (approved first), each group in the order given; empty groups left out. */
export function groupByTier(matches: readonly TherapyMatch[]): readonly { readonly group: TierGroup; readonly matches: readonly TherapyMatch[] }[] {
  const byGroup = new Map<TierGroup, TherapyMatch[]>();
  for (const match of matches) {
    const group = tierGroupOf(match);
    const list = byGroup.get(group) ?? [];
    list.push(match);
    byGroup.set(group, list);
  }
  return TIER_GROUPS.filter((g) => byGroup.has(g)).map((group) => ({ group, matches: byGroup.get(group)! }));
}
