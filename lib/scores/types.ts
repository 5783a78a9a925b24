import type { SourceKey } from "../sources/registry";

export const INSTRUMENT_IDS = ["astct-crs", "astct-icans", "hscore", "hlh-2004", "chis", "mas-2016", "isth-dic", "qsofa"] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** One criterion (or domain) of an instrument, judged over the unknown inputs. */
export interface CriterionResult {
  readonly id: string;
  /** true / false, or null while unknown inputs could change it. */
  readonly met: boolean | null;
  /** Points (or domain grade) scored; null while open. */
  readonly points: number | null;
  readonly minPoints: number;
  readonly maxPoints: number;
  /** true when an unknown input could change this criterion. */
  readonly missing: boolean;
  /** The unknown field paths that would settle it. */
  readonly missingFields: readonly string[];
}

/** The uniform result of every instrument (../shared/spec/ASSESSMENT.md, "The Screening"). */
export interface InstrumentResult {
  readonly id: InstrumentId;
  /** Name with version and year, e.g. "ASTCT CRS grade (2019 consensus)". */
  readonly name: string;
  /** The published number; null when unknown data could change it. */
  readonly value: number | null;
  /** Range over every completion of the unknown inputs. */
  readonly min: number;
  readonly max: number;
  /** The published threshold, stated in words ("grade ≥ 1", "≥ 169 points"). */
  readonly threshold: string;
  readonly meetsThreshold: boolean | null;
  /** Whether the instrument was defined for this setting/age; computed anyway. */
  readonly applicable: boolean;
  readonly applicability: string;
  readonly criteria: readonly CriterionResult[];
  /** Field paths that would narrow min..max. */
  readonly missing: readonly string[];
  readonly source: SourceKey;
  /** Interpretation and conventions, shown with the result. */
  readonly notes: readonly string[];
}
