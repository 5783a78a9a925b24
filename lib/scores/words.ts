/**
 * The words of a published criterion, built from its numbers: a threshold or a points table is
 * stated from the very data the rule compares against, so the words cannot drift from the rule.
 * Numbers are written by the app's one formatter (lib/units/format.ts: the paper's decimals,
 * digits grouped).
 */
import { holds, type Comparison, type PointBands, type Threshold } from "../assessment/read";
import { publishedFigure, publishedThreshold, withPublishedUnit } from "../units";
import type { CriterionDefinition, PublishedThreshold } from "./instrument";

/** The comparison that holds exactly where `comparison` does not ("> 684" fails at "≤ 684"). */
export const NEGATION = { ">=": "<", ">": "<=", "<=": ">", "<": ">=" } as const satisfies Record<Comparison, Comparison>;

/** "> 684 ng/mL", "≥ 38.0 °C", "≥ 22/min": a threshold stated as published, or with the comparison given ("≤ 6 L/min" for its other side). */
function statedThreshold(t: Pick<Threshold, "comparison" | "value" | "unit" | "decimals">, comparison: Comparison = t.comparison): string {
  return publishedThreshold({ ...t, comparison });
}

/**
 * A points table, band by band, from no points up: "< 2 000 ng/mL 0; 2 000–6 000 ng/mL 35;
 * > 6 000 ng/mL 50" (HScore), "≥ 100 ×10⁹/L 0; 50 to < 100 ×10⁹/L 1; < 50 ×10⁹/L 2" (ISTH). A band
 * between two thresholds runs from where it starts to where the next starts, each end inclusive
 * or not exactly as the comparisons say ("38.4–39.4": both ends score 33).
 */
function statedBands(table: PointBands): string {
  const { bands, unit, decimals } = table;
  const figure = (value: number) => publishedFigure(value, decimals);
  const first = bands[0]!;
  const parts = [`${statedThreshold({ ...first, unit, decimals }, NEGATION[first.comparison])} 0`];
  bands.forEach((band, i) => {
    const next = bands[i + 1];
    if (next === undefined) {
      parts.push(`${statedThreshold({ ...band, unit, decimals })} ${band.points}`);
      return;
    }
    // Ascending bands (≥ a, then > b) run a..b; descending ones (< a, then < b) run b..a.
    const ascending = band.comparison === ">=" || band.comparison === ">";
    const [low, high] = ascending ? [band, { ...next, comparison: NEGATION[next.comparison] }] : [{ ...next, comparison: NEGATION[next.comparison] }, band];
    const from = low.comparison === ">=" ? figure(low.value) : `> ${figure(low.value)}`;
    const to = high.comparison === "<=" ? `–${figure(high.value)}` : ` to < ${figure(high.value)}`;
    parts.push(`${withPublishedUnit(`${from}${to}`, high.value, unit)} ${band.points}`);
  });
  return parts.join("; ");
}

/** A points table's bands as published thresholds (for the form's hints and the result's "falls on"). */
function bandThresholds({ path, unit, decimals, bands }: PointBands): PublishedThreshold[] {
  return bands.map(({ comparison, value }) => ({ threshold: { path, comparison, value, unit, decimals }, band: true }));
}

/** A criterion scored by a points table over one field: "Ferritin: < 2 000 ng/mL 0; …". */
export function bandedCriterion(name: string, table: PointBands): CriterionDefinition {
  return { published: `${name}: ${statedBands(table)}`, fields: [table.path], thresholds: bandThresholds(table) };
}

/** The points a table gives a value in its published unit (a value exactly on an edge: the conventions state them). */
export function pointsOnEdge(table: PointBands, value: number): number {
  return Math.max(0, ...table.bands.filter((b) => holds(b.comparison, value, b.value)).map((b) => b.points));
}
