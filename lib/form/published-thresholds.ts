/**
 * The published thresholds the form and the result restate, read from the instruments' own tables
 * (the instrument modules, lib/scores/<id>/index.ts). Kept apart from values.ts so that the form steps' browser code
 * does not carry the instruments: their pages name the thresholds on the server
 * (`publishedThresholdsOf`) and pass them down.
 */
import { NUMERIC_FIELDS, type NumericFieldPath } from "../assessment/fields";
import { INSTRUMENTS, thresholdsFor, thresholdsOf } from "../scores/index";
import type { InstrumentId } from "../scores/types";
import type { Quantity, UnitOf } from "../units";
import { COMPARISON_SIGNS, isConvertible, quantityOf, thresholdText, toCanonical } from "../units";
import type { StepDefinition } from "./steps";
import type { NamedThreshold } from "./threshold-hint";
import { unitOf, type UnitChoices } from "./unit-choice";

/** The published thresholds on each numeric field of a step, named: what a step page passes to its form. */
export type PublishedThresholds = Readonly<Partial<Record<NumericFieldPath, readonly NamedThreshold[]>>>;

export function publishedThresholdsOf(step: StepDefinition): PublishedThresholds {
  const published: Partial<Record<NumericFieldPath, readonly NamedThreshold[]>> = {};
  for (const group of step.groups) {
    for (const field of group.fields) if (field.kind === "number") published[field.path] = namedThresholdsFor(field.path);
  }
  return published;
}

/** The thresholds published on a field, each with its instrument's short name. */
function namedThresholdsFor(path: NumericFieldPath): NamedThreshold[] {
  return thresholdsFor(path).map(({ instrument, ...rest }) => ({ instrument: INSTRUMENTS[instrument].shortName, ...rest }));
}

/**
 * An instrument's published thresholds restated in the units the user chose, where those differ
 * ("Fibrinogen ≤ 360 mg/dL = 3.6 g/L"), for the result's criteria tables.
 */
export function thresholdsInChosenUnits(instrument: InstrumentId, units: UnitChoices): string[] {
  return thresholdsOf(instrument).flatMap(({ threshold }) => {
    const unit = unitOf(threshold.path, units);
    if (unit === threshold.unit || !isConvertible(threshold.path)) return [];
    const canonical = toCanonical(quantityOf(threshold.path), threshold.unit as UnitOf<Quantity>, threshold.value);
    const sign = COMPARISON_SIGNS[threshold.comparison];
    return [`${NUMERIC_FIELDS[threshold.path].label} ${sign} ${threshold.value} ${threshold.unit} = ${sign} ${thresholdText(threshold.path, canonical, unit)} ${unit}`];
  });
}

