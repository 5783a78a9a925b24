/**
 * The published thresholds on a field, stated beside it in the unit the person chose. The
 * thresholds themselves come from the server (./published-thresholds.ts), so the form steps do not
 * ship the instruments' code to name them.
 */
import type { NumericFieldPath } from "../assessment/fields";
import type { FieldThreshold } from "../scores/instrument"; // a type only: no instrument code in the form's bundle
import { COMPARISON_SIGNS, isConvertible, quantityOf, thresholdText, toCanonical, type Quantity, type UnitOf } from "../units";
import { unitOf, type UnitChoices } from "./unit-choice";

/** A published threshold with the short name of its instrument: what a field's hint shows. */
export type NamedThreshold = Omit<FieldThreshold, "instrument"> & { readonly instrument: string };

/**
 * The published thresholds on a field, stated in the unit the user chose ("HScore ≥ 20 g/L";
 * MAS-2016's "≤ 360 mg/dL" becomes "≤ 3.6 g/L (published 360 mg/dL)"), for the hint by the field.
 */
export function thresholdHint(path: NumericFieldPath, thresholds: readonly NamedThreshold[], units: UnitChoices): string | null {
  if (thresholds.length === 0) return null;
  const unit = unitOf(path, units);
  const stated = ({ threshold, qualifier }: NamedThreshold): string => {
    const canonical = isConvertible(path) ? toCanonical(quantityOf(path), threshold.unit as UnitOf<Quantity>, threshold.value) : threshold.value;
    // In its published unit a threshold is shown exactly as published; converted, to the unit's precision.
    const inPublishedUnit = threshold.unit === unit;
    const shown = inPublishedUnit ? String(threshold.value) : thresholdText(path, canonical, unit);
    const published = inPublishedUnit ? "" : ` (published ${threshold.value} ${threshold.unit})`;
    return `${COMPARISON_SIGNS[threshold.comparison]} ${shown}${qualifier ? ` in ${qualifier}` : ""}${published}`;
  };
  // One entry per instrument: "HScore bands ≥ 2000, > 6000" (points), "HLH-2004 ≥ 3 or ≥ 2.99" (either counts).
  const byInstrument = new Map<string, NamedThreshold[]>();
  for (const t of thresholds) byInstrument.set(t.instrument, [...(byInstrument.get(t.instrument) ?? []), t]);
  const parts = [...byInstrument].map(([instrument, group]) => {
    if (group.length === 1) return `${instrument} ${stated(group[0]!)}`;
    return group.every((t) => t.band) ? `${instrument} bands ${group.map(stated).join(", ")}` : `${instrument} ${group.map(stated).join(" or ")}`;
  });
  return `Thresholds in ${unit}: ${parts.join("; ")}.`;
}
