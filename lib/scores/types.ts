import type { SourceKey } from "../sources/registry";

export const INSTRUMENT_IDS = ["astct-crs", "astct-icans", "hscore", "hlh-2004", "chis", "mas-2016", "isth-dic", "qsofa"] as const;
export type InstrumentId = (typeof INSTRUMENT_IDS)[number];

/** A criterion (or domain) whose outcome the data settle. */
interface SettledCriterion<C extends string = string> {
  readonly id: C;
  readonly met: boolean;
  /** Points (or domain grade) scored. */
  readonly points: number;
  readonly missing: false;
}

/** A criterion that unknown inputs could still change. */
interface OpenCriterion<C extends string = string> {
  readonly id: C;
  /** true when met in every completion (points still open), else null. */
  readonly met: boolean | null;
  readonly points: null;
  readonly missing: true;
  /** The points it can still score, lowest and highest. */
  readonly minPoints: number;
  readonly maxPoints: number;
  /** The unknown field paths that would settle it. */
  readonly missingFields: readonly string[];
}

/**
 * One criterion of an instrument, judged over the unknown inputs; `C` is the instrument's criterion
 * ids, so a misspelt one does not compile. Its published wording is static (the instrument module's
 * `criteria`); the range fields appear only while it is open, which
 * keeps a Screening small (the CLI prints thousands).
 */
export type CriterionResult<C extends string = string> = SettledCriterion<C> | OpenCriterion<C>;

export const lowestPoints = (c: CriterionResult): number => (c.missing ? c.minPoints : c.points);
export const highestPoints = (c: CriterionResult): number => (c.missing ? c.maxPoints : c.points);
export const fieldsToSettle = (c: CriterionResult): readonly string[] => (c.missing ? c.missingFields : []);

/** The uniform result of every instrument (../shared/spec/ASSESSMENT.md, "The Screening"). */
export interface InstrumentResult<C extends string = string> {
  readonly id: InstrumentId;
  /** The published number; null when unknown data could change it. */
  readonly value: number | null;
  /** Range over every completion of the unknown inputs. */
  readonly min: number;
  readonly max: number;
  readonly meetsThreshold: boolean | null;
  /** Whether the instrument was defined for this setting/age; computed anyway. */
  readonly applicable: boolean;
  readonly applicability: string;
  readonly criteria: readonly CriterionResult<C>[];
  /** Field paths that would narrow min..max. */
  readonly missing: readonly string[];
  readonly source: SourceKey;
  /**
   * What holds for this assessment only (the HScore probability row, an ICE adaptation). The
   * name, published threshold, criteria as published, conventions and "about" text are static:
   * the instrument's module (lib/scores/<id>/index.ts).
   */
  readonly notes: readonly string[];
}
