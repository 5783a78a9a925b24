/**
 * Every published threshold, indexed by the field it reads — gathered from the instruments' own
 * tables (no number is restated here), so the form can show, next to a field, the thresholds that
 * matter in the unit the user chose.
 */
import { ASTCT_FEVER, LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN } from "../assessment/derived";
import type { NumericFieldPath } from "../assessment/fields";
import type { PointBands, Threshold } from "../assessment/read";
import { CHIS_THRESHOLDS } from "./chis";
import { INSTRUMENT_DEFINITIONS } from "./definitions";
import { HLH_2004_THRESHOLDS } from "./hlh-2004";
import { HSCORE_AST, HSCORE_CYTOPENIAS, HSCORE_FERRITIN, HSCORE_FIBRINOGEN, HSCORE_TEMPERATURE, HSCORE_TRIGLYCERIDES } from "./hscore";
import { ISTH_FIBRINOGEN, ISTH_PLATELETS, ISTH_PT } from "./isth-dic";
import { MAS_2016_FEBRILE, MAS_2016_THRESHOLDS } from "./mas-2016";
import { QSOFA_THRESHOLDS } from "./qsofa";
import type { InstrumentId } from "./types";

export interface FieldThreshold {
  readonly instrument: InstrumentId;
  readonly threshold: Threshold;
  /** One of a points table's bands (HScore's ferritin ≥ 2000 and > 6000): not alternatives of one criterion. */
  readonly band?: true;
  /** Whom the threshold is for, when not everyone: without it two thresholds of one criterion read as a contradiction. */
  readonly qualifier?: string;
}

/** Henter 2007: haemoglobin < 90 g/L, or < 100 g/L in infants under 4 weeks. */
const QUALIFIERS = new Map<Threshold, string>([[HLH_2004_THRESHOLDS.hemoglobinInfant, "infants < 4 weeks"]]);

const bands = (instrument: InstrumentId, table: PointBands): FieldThreshold[] =>
  table.bands.map((b) => ({ instrument, threshold: { path: table.path, comparison: b.comparison, value: b.value, unit: table.unit }, band: true }));
const each = (instrument: InstrumentId, thresholds: Readonly<Record<string, Threshold>> | readonly Threshold[]): FieldThreshold[] =>
  Object.values(thresholds).map((threshold) => {
    const qualifier = QUALIFIERS.get(threshold);
    return qualifier === undefined ? { instrument, threshold } : { instrument, threshold, qualifier };
  });

const ALL: readonly FieldThreshold[] = [
  { instrument: "astct-crs", threshold: ASTCT_FEVER },
  { instrument: "astct-crs", threshold: { path: "vitals.oxygenFlowLPerMin", comparison: ">", value: LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN, unit: "L/min" } },
  ...bands("hscore", HSCORE_TEMPERATURE),
  ...each("hscore", HSCORE_CYTOPENIAS),
  ...bands("hscore", HSCORE_FERRITIN),
  ...bands("hscore", HSCORE_TRIGLYCERIDES),
  ...bands("hscore", HSCORE_FIBRINOGEN),
  ...bands("hscore", HSCORE_AST),
  ...each("hlh-2004", HLH_2004_THRESHOLDS),
  ...each("chis", CHIS_THRESHOLDS),
  { instrument: "mas-2016", threshold: MAS_2016_FEBRILE },
  ...each("mas-2016", MAS_2016_THRESHOLDS),
  ...bands("isth-dic", ISTH_PLATELETS),
  ...bands("isth-dic", ISTH_PT),
  ...bands("isth-dic", ISTH_FIBRINOGEN),
  ...each("qsofa", QSOFA_THRESHOLDS),
];

export function thresholdsFor(path: NumericFieldPath): readonly FieldThreshold[] {
  return ALL.filter((t) => t.threshold.path === path);
}

export function thresholdsOf(instrument: InstrumentId): readonly FieldThreshold[] {
  return ALL.filter((t) => t.instrument === instrument);
}

export function instrumentShortName(id: InstrumentId): string {
  return INSTRUMENT_DEFINITIONS[id].shortName;
}
