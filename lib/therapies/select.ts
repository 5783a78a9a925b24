/**
 * Choosing which classes to show for the patterns a Screening points to, and judging each against
 * the case: the tier a case sees is that of a line whose indication it meets. Pure.
 */
import { THERAPY_CLASSES } from "./catalogue";
import { judgeIndication, type CaseFacts } from "./indications";
import { tierRank, type EvidenceLine, type EvidenceTier, type LineMatch, type Pattern, type TherapyClass, type TherapyMatch } from "./types";

/** The class's evidence lines for any of the patterns (a line with `onlyWith` needs that pattern too), in catalogue order. */
export function evidenceFor(therapy: TherapyClass, patterns: readonly Pattern[]): readonly EvidenceLine[] {
  return therapy.evidence.filter((line) => patterns.includes(line.pattern) && (line.onlyWith === undefined || patterns.includes(line.onlyWith)));
}

/** The classes with at least one evidence line for any of the patterns, in catalogue order. No patterns, no classes. */
export function therapiesForPatterns(patterns: readonly Pattern[], catalogue: readonly TherapyClass[] = THERAPY_CLASSES): readonly TherapyClass[] {
  return catalogue.filter((therapy) => evidenceFor(therapy, patterns).length > 0);
}

/** One line judged against the case. */
function matchLine(line: EvidenceLine, facts: CaseFacts): LineMatch {
  const verdict = judgeIndication(line.indication, facts);
  return { pattern: line.pattern, tier: line.tier, direction: line.direction, indication: line.indication.words, met: verdict.met, here: verdict.here };
}

/**
 * The line whose tier a case sees: the strongest among those whose indication it meets — first-line
 * before "later" (refractory-only, add-on) at equal tier — or undefined when it meets none.
 */
function shownLine(lines: readonly { readonly line: EvidenceLine; readonly match: LineMatch }[]): { readonly line: EvidenceLine; readonly match: LineMatch } | undefined {
  let best: (typeof lines)[number] | undefined;
  for (const candidate of lines) {
    if (candidate.match.met !== true) continue;
    if (best === undefined) best = candidate;
    const byTier = tierRank(candidate.line.tier) - tierRank(best.line.tier);
    if (byTier < 0 || (byTier === 0 && best.line.indication.line === "later" && candidate.line.indication.line === undefined)) best = candidate;
  }
  return best;
}

/** A class against the case: the tier and indication shown, and every line for the patterns judged. */
export function matchTherapy(therapy: TherapyClass, patterns: readonly Pattern[], facts: CaseFacts): TherapyMatch {
  const judged = evidenceFor(therapy, patterns).map((line) => ({ line, match: matchLine(line, facts) }));
  const shown = shownLine(judged);
  return {
    id: therapy.id,
    strongestTier: shown?.line.tier ?? null,
    indication: shown?.line.indication.words ?? null,
    lines: judged.map((j) => j.match),
  };
}

/** The strongest tier whose indication this case meets, or null when it meets none (or the class has no line for the patterns). */
export function strongestTier(therapy: TherapyClass, patterns: readonly Pattern[], facts: CaseFacts): EvidenceTier | null {
  return matchTherapy(therapy, patterns, facts).strongestTier;
}

/**
 * Where a class stands in the list, following the guidelines' sequence: classes whose indication
 * the case meets first — approved or recommended care before studies, within each first-line
 * before refractory-only or add-on, then by the tier shown — then classes whose indication the data leave open, then those outside every indication, each by
 * their strongest tier; ties in catalogue order (care before immunomodulators, then standard of care).
 */
function sortKey(therapy: TherapyClass, match: TherapyMatch, patterns: readonly Pattern[]): readonly number[] {
  const lines = evidenceFor(therapy, patterns);
  if (match.strongestTier !== null) {
    const shown = lines.find((l) => l.tier === match.strongestTier && l.indication.words === match.indication);
    const recommended = match.strongestTier === "approved" || match.strongestTier === "guideline";
    return [0, recommended ? 0 : 1, shown?.indication.line === "later" ? 1 : 0, tierRank(match.strongestTier)];
  }
  const strongest = Math.min(...lines.map((l) => tierRank(l.tier)));
  return [match.lines.some((l) => l.met === null) ? 1 : 2, 0, 0, strongest];
}

/** The classes for these patterns, each judged against the case, in the guidelines' sequence (sortKey). */
export function matchTherapies(patterns: readonly Pattern[], facts: CaseFacts, catalogue: readonly TherapyClass[] = THERAPY_CLASSES): readonly TherapyMatch[] {
  const ranked = therapiesForPatterns(patterns, catalogue).map((therapy, index) => {
    const match = matchTherapy(therapy, patterns, facts);
    return { match, key: [...sortKey(therapy, match, patterns), index] };
  });
  ranked.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) if (a.key[i] !== b.key[i]) return a.key[i]! - b.key[i]!;
    return 0;
  });
  return ranked.map((r) => r.match);
}
