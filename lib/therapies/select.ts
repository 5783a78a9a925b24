/** Choosing which classes to show for the patterns a Screening points to. Pure. */
import { THERAPY_CLASSES } from "./catalogue";
import { EVIDENCE_TIERS, type EvidenceLine, type EvidenceTier, type Pattern, type TherapyClass } from "./types";

/** 0 = approved … 3 = preclinical. */
function tierRank(tier: EvidenceTier): number {
  return EVIDENCE_TIERS.indexOf(tier);
}

/** The class's evidence lines for any of the patterns (a line with `onlyWith` needs that pattern too), in catalogue order. */
export function evidenceFor(therapy: TherapyClass, patterns: readonly Pattern[]): readonly EvidenceLine[] {
  return therapy.evidence.filter((line) => patterns.includes(line.pattern) && (line.onlyWith === undefined || patterns.includes(line.onlyWith)));
}

/** The strongest tier among the class's lines for these patterns, or null when it has none. */
export function strongestTier(therapy: TherapyClass, patterns: readonly Pattern[]): EvidenceTier | null {
  let best: EvidenceTier | null = null;
  for (const line of evidenceFor(therapy, patterns)) {
    if (best === null || tierRank(line.tier) < tierRank(best)) best = line.tier;
  }
  return best;
}

/**
 * The classes with at least one evidence line for any of the patterns: standard of care first, then by
 * the strongest tier for those patterns (approved > guideline > clinical studies > preclinical), ties in
 * catalogue order. No patterns, no classes.
 */
export function therapiesForPatterns(patterns: readonly Pattern[], catalogue: readonly TherapyClass[] = THERAPY_CLASSES): readonly TherapyClass[] {
  const ranked: { therapy: TherapyClass; rank: number; index: number }[] = [];
  catalogue.forEach((therapy, index) => {
    const tier = strongestTier(therapy, patterns);
    if (tier !== null) ranked.push({ therapy, rank: tierRank(tier), index });
  });
  ranked.sort(
    (a, b) => Number(b.therapy.standardOfCare) - Number(a.therapy.standardOfCare) || a.rank - b.rank || a.index - b.index,
  );
  return ranked.map((r) => r.therapy);
}
