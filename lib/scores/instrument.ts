/**
 * What one instrument module owns (lib/scores/<id>/index.ts): its criteria as typed data — the
 * words as published, built from the thresholds the rule compares against, the fields each reads —
 * its rule, its "about" text and source, the pattern it speaks for, and how its value reads. The
 * result page, the summary, the course, the predictions and the CLI read this; no table keyed by
 * instrument id lives anywhere else (the registry, ./index.ts, only lists the modules in order).
 */
import type { EnumFieldPath, NumericFieldPath, TriStateFieldPath } from "../assessment/fields";
import type { Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import type { SourceKey } from "../sources/registry";
import type { Pattern } from "../therapies/types";
import type { InstrumentId, InstrumentResult } from "./types";

/** A field an instrument reads. */
export type FieldPath = NumericFieldPath | TriStateFieldPath | EnumFieldPath;

/** One published cut-off on a field, as the form's hint and the result's "falls on" state it. */
export interface PublishedThreshold {
  readonly threshold: Threshold;
  /** One of a points table's bands (HScore's ferritin ≥ 2 000 and > 6 000): not alternatives of one criterion. */
  readonly band?: true;
  /** Whom the threshold is for, when not everyone: without it two thresholds of one criterion read as a contradiction. */
  readonly qualifier?: string;
}

/** A published threshold with the instrument it belongs to: what the form's hint and the result's "falls on" read. */
export interface FieldThreshold extends PublishedThreshold {
  readonly instrument: InstrumentId;
}

/** One criterion (or domain) as published. */
export interface CriterionDefinition {
  /** The criterion as published, its numbers written from the data the rule uses. */
  readonly published: string;
  /** The fields it reads, in the order a clinician names them. */
  readonly fields: readonly FieldPath[];
  /** Its numeric cut-offs on those fields (empty for a yes/no or a choice). */
  readonly thresholds: readonly PublishedThreshold[];
  /** An entry condition that is not counted (MAS-2016's ferritin): `of N criteria` leaves it out. */
  readonly notCounted?: true;
}

/**
 * How the value reads: a grade (the most severe domain decides), points added, or criteria counted
 * ("3 of 6 criteria"). `of` is the number of criteria that count, read from the criteria.
 */
export type Scale = { readonly kind: "grade" } | { readonly kind: "points"; readonly of?: number } | { readonly kind: "count"; readonly of: number };

interface About {
  readonly introduction: string;
  readonly derivation: string;
  readonly interpretation: string;
  /** Where crs-screen resolves what the paper leaves open. */
  readonly conventions: readonly string[];
}

export interface Instrument<Id extends InstrumentId = InstrumentId, CriterionId extends string = string> {
  readonly id: Id;
  /** With version and year: "MAS in sJIA — 2016 classification criteria (Ravelli 2016)". */
  readonly name: string;
  readonly shortName: string;
  /** The published threshold in words, built from its numbers. */
  readonly threshold: string;
  /** The threshold as one number on the value's scale, where it is one (the course charts draw it). */
  readonly thresholdValue?: number;
  readonly source: SourceKey;
  readonly criteria: { readonly [C in CriterionId]: CriterionDefinition };
  /** Cut-offs outside the criteria that decide whom it applies to (MAS-2016's "febrile"). */
  readonly applicabilityThresholds?: readonly PublishedThreshold[];
  readonly about: About;
  /** The pattern it speaks for when applicable and met; null: none (ISTH DIC names no pattern). */
  readonly pattern: Pattern | null;
  readonly scale: Scale;
  /** The result page's picture of the value, where it has one. */
  readonly picture?: "grade-bar" | "hscore-scale";
  readonly score: (assessment: Assessment) => InstrumentResult<CriterionId>;
}

/** The criteria that count towards "of N" (all but an entry condition). */
export function countedCriteria(criteria: Readonly<Record<string, CriterionDefinition>>): number {
  return Object.values(criteria).filter((c) => c.notCounted !== true).length;
}
