import type { Assessment } from "../assessment/schema";
import { ASTCT_CRS, astctCrs } from "./astct-crs";
import { ASTCT_ICANS, astctIcans } from "./astct-icans";
import { CHIS, chis } from "./chis";
import { HLH_2004, hlh2004 } from "./hlh-2004";
import { HSCORE, hscore } from "./hscore";
import type { FieldPath, FieldThreshold, Instrument } from "./instrument";
import { ISTH_DIC, isthDic } from "./isth-dic";
import { MAS_2016, mas2016 } from "./mas-2016";
import { QSOFA, qsofa } from "./qsofa";
import { INSTRUMENT_IDS, type InstrumentId, type InstrumentResult } from "./types";

export * from "./types";
export type { Instrument, FieldPath, FieldThreshold, Scale } from "./instrument";
export { astctCrs, astctIcans, chis, hlh2004, hscore, isthDic, mas2016, qsofa };

/**
 * Every instrument module, in the order the result page shows them. Each module owns everything
 * about its instrument (lib/scores/instrument.ts); this list only puts them in order.
 */
export const INSTRUMENTS = {
  "astct-crs": ASTCT_CRS,
  "astct-icans": ASTCT_ICANS,
  hscore: HSCORE,
  "hlh-2004": HLH_2004,
  chis: CHIS,
  "mas-2016": MAS_2016,
  "isth-dic": ISTH_DIC,
  qsofa: QSOFA,
} as const satisfies { readonly [Id in InstrumentId]: Instrument<Id> };

/** An instrument's module, typed loosely enough to look a criterion up by a result's id. */
export function instrumentOf(id: InstrumentId): Instrument {
  return INSTRUMENTS[id];
}

/** A criterion as published ("Ferritin > 684 ng/mL (required)"); a result's criterion ids are its module's, so one is always found. */
export function criterionWords(id: InstrumentId, criterion: string): string {
  return instrumentOf(id).criteria[criterion]?.published ?? criterion;
}

/** The fields a criterion reads, in the order a clinician names them. */
export function criterionFields(id: InstrumentId, criterion: string): readonly FieldPath[] {
  return instrumentOf(id).criteria[criterion]?.fields ?? [];
}

/** Every published threshold of an instrument: its criteria's, then those deciding whom it applies to. */
export function thresholdsOf(id: InstrumentId): readonly FieldThreshold[] {
  const instrument = instrumentOf(id);
  const published = [...Object.values(instrument.criteria).flatMap((c) => c.thresholds), ...(instrument.applicabilityThresholds ?? [])];
  return published.map((t) => ({ instrument: id, ...t }));
}

/** Every published threshold on one field, instrument by instrument in the result page's order. */
export function thresholdsFor(path: FieldPath): readonly FieldThreshold[] {
  return INSTRUMENT_IDS.flatMap((id) => thresholdsOf(id).filter((t) => t.threshold.path === path));
}

/** Every instrument's result by id, in INSTRUMENT_IDS order (the order of INSTRUMENTS). */
export function scoreEach(assessment: Assessment): Readonly<Record<InstrumentId, InstrumentResult>> {
  const results = {} as Record<InstrumentId, InstrumentResult>;
  for (const id of INSTRUMENT_IDS) results[id] = INSTRUMENTS[id].score(assessment);
  return results;
}
