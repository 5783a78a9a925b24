/**
 * The derived values of ../shared/spec/ASSESSMENT.md ("Derived values"), one place each, each
 * exact over the unknown inputs.
 */
import { ICE_ITEMS, NUMERIC_FIELDS, type IceItem, type OXYGEN_DEVICES } from "./fields";
import { allOf, anyOf, not, open, settled, unionOf, type Judgement } from "./judgement";
import { meets, readChoice, readFinding, readNumber, readValue, type Threshold } from "./read";
import type { Assessment } from "./schema";

/** ASTCT fever: temperature ≥ 38.0 °C not attributable to another cause (lee-2019). */
export const ASTCT_FEVER: Threshold = { path: "vitals.temperatureMaxC", comparison: ">=", value: 38.0, unit: "°C" };

export function astctFever(assessment: Assessment): Judgement {
  return allOf(meets(assessment, ASTCT_FEVER), not(readFinding(assessment, "context.feverOtherCause")));
}

/** Contract: SBP < 90 mmHg or MAP < 65 mmHg, MAP = (SBP + 2·DBP)/3. */
export const HYPOTENSION_SBP_BELOW_MMHG = 90;
export const HYPOTENSION_MAP_BELOW_MMHG = 65;

export function meanArterialPressure(systolic: number, diastolic: number): number {
  return (systolic + 2 * diastolic) / 3;
}

/** Any vasopressor (a counted one or vasopressin) — known yes, known no, or open. */
export function vasopressorGiven(assessment: Assessment): Judgement {
  const count = readValue(assessment, "vitals.vasopressorsExcludingVasopressin");
  const counted: Judgement = count === undefined ? open("vitals.vasopressorsExcludingVasopressin") : settled(count > 0);
  return anyOf(counted, readFinding(assessment, "vitals.vasopressin"));
}

/**
 * Hypotension from blood pressure alone. Both conditions fall as SBP and DBP rise, so the lowest
 * pressures decide whether it can be true and the highest whether it can be false: exact.
 */
export function hypotensionFromBloodPressure(assessment: Assessment): Judgement {
  const sbp = readNumber(assessment, "vitals.systolicBpMmHg");
  const dbp = readNumber(assessment, "vitals.diastolicBpMmHg");
  const low = (s: number, d: number) => s < HYPOTENSION_SBP_BELOW_MMHG || meanArterialPressure(s, d) < HYPOTENSION_MAP_BELOW_MMHG;
  const canBeTrue = low(sbp.low, dbp.low);
  const canBeFalse = !low(sbp.high, dbp.high);
  if (canBeTrue !== canBeFalse) return settled(canBeTrue);
  const missing = [sbp, dbp].filter((r) => !r.known).map((r) => r.path);
  return open(...missing);
}

/** Source of the hypotension judgement, for the UI ("hypotension derived from BP"). */
export type HypotensionBasis = "clinician" | "vasopressor" | "blood-pressure";

/**
 * Hypotension: the clinician's call when given; any vasopressor implies it; else from blood pressure.
 */
export function hypotension(assessment: Assessment): Judgement & { readonly basis: HypotensionBasis } {
  const stated = readFinding(assessment, "vitals.hypotension");
  if (stated.value !== null) return { value: stated.value, missing: [], basis: "clinician" };
  const vasopressor = vasopressorGiven(assessment);
  if (vasopressor.value === true) return { value: true, missing: [], basis: "vasopressor" };
  const judgement = anyOf(vasopressor, hypotensionFromBloodPressure(assessment));
  if (judgement.value !== null) return { value: judgement.value, missing: [], basis: "blood-pressure" };
  return { value: null, missing: ["vitals.hypotension", ...judgement.missing], basis: "blood-pressure" };
}

export type OxygenClass = "none" | "low-flow" | "high-flow" | "positive-pressure";

/** ASTCT low-flow nasal cannula: ≤ 6 L/min (lee-2019). */
export const LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN = 6;

/**
 * The class each device gives (contract, "Derived values"); a nasal cannula's depends on its flow:
 * ≤ 6 L/min low-flow, more high-flow.
 */
const DEVICE_CLASS = {
  none: "none",
  "blow-by": "low-flow",
  "nasal-cannula": "by-flow",
  "high-flow-nasal-cannula": "high-flow",
  "simple-facemask": "high-flow",
  "non-rebreather": "high-flow",
  venturi: "high-flow",
  cpap: "positive-pressure",
  bipap: "positive-pressure",
  "mechanical-ventilation": "positive-pressure",
} as const satisfies Record<keyof typeof OXYGEN_DEVICES, OxygenClass | "by-flow">;

/** The oxygen classes the assessment can still be in (one when known). */
export function oxygenClasses(assessment: Assessment): { readonly classes: readonly OxygenClass[]; readonly missing: readonly string[] } {
  const device = readChoice(assessment, "vitals.oxygenDevice");
  const flow = readNumber(assessment, "vitals.oxygenFlowLPerMin");
  const classes = new Set<OxygenClass>();
  let flowMatters = false;
  for (const value of device.values) {
    const known = DEVICE_CLASS[value];
    if (known !== "by-flow") {
      classes.add(known);
      continue;
    }
    if (flow.low <= LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN) classes.add("low-flow");
    if (flow.high > LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN) classes.add("high-flow");
    flowMatters = !flow.known;
  }
  const missing = [...(device.known ? [] : ["vitals.oxygenDevice"]), ...(flowMatters && classes.size > 1 ? ["vitals.oxygenFlowLPerMin"] : [])];
  return { classes: [...classes], missing };
}


/**
 * The ICE score (0–10): `iceScore` when given; else the sum of the assessed items, each item not
 * assessable (null) or not recorded ranging over its own points — an adaptation that is reported;
 * else unknown (0–10).
 */
export function iceScore(assessment: Assessment): {
  readonly min: number;
  readonly max: number;
  readonly basis: "score" | "items" | "unknown";
  /** Items marked not assessable (null): the adaptation to report. */
  readonly notAssessable: readonly IceItem[];
  /** Items simply not recorded. */
  readonly notRecorded: readonly IceItem[];
  readonly missing: readonly string[];
} {
  const neuro = assessment.neuro;
  if (neuro?.iceScore != null) return { min: neuro.iceScore, max: neuro.iceScore, basis: "score", notAssessable: [], notRecorded: [], missing: [] };
  const items = neuro?.iceItems;
  const recorded = items == null ? [] : ICE_ITEMS.filter((item) => items[item] !== undefined);
  if (items == null || recorded.length === 0) {
    const field = NUMERIC_FIELDS["neuro.iceScore"];
    return { min: field.min, max: field.max, basis: "unknown", notAssessable: [], notRecorded: [], missing: ["neuro.iceScore"] };
  }
  let min = 0;
  let max = 0;
  const notAssessable: IceItem[] = [];
  const notRecorded: IceItem[] = [];
  for (const item of ICE_ITEMS) {
    const points = items[item];
    if (points == null) {
      (points === null ? notAssessable : notRecorded).push(item);
      max += NUMERIC_FIELDS[`neuro.iceItems.${item}`].max;
    } else {
      min += points;
      max += points;
    }
  }
  return { min, max, basis: "items", notAssessable, notRecorded, missing: [...notAssessable, ...notRecorded].map((item) => `neuro.iceItems.${item}`) };
}

/**
 * Cytopenia count: how many lineages are low. Each instrument defines its own lineages and
 * thresholds (HScore ≤, HLH-2004 <), so the caller judges each lineage; this counts them, once.
 */
export function cytopeniaCount(lineages: readonly Judgement[]): {
  readonly min: number;
  readonly max: number;
  readonly missing: readonly string[];
} {
  let min = 0;
  let max = 0;
  for (const lineage of lineages) {
    if (lineage.value === true) min += 1;
    if (lineage.value !== false) max += 1;
  }
  return { min, max, missing: unionOf(...lineages.filter((l) => l.value === null).map((l) => l.missing)) };
}
