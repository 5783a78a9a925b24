/**
 * The derived values of ../shared/spec/ASSESSMENT.md ("Derived values"), one place each, each
 * exact over the unknown inputs.
 */
import { NUMERIC_FIELDS, type OXYGEN_DEVICES } from "./fields";
import { addMissing, allOf, anyOf, not, NOTHING_MISSING, open, settled, type Judgement } from "./judgement";
import { meets, type Threshold } from "./read";
import type { Assessment } from "./schema";
import { readDiastolic, readFeverOtherCause, readOxygenDevice, readOxygenFlow, readStatedHypotension, readSystolic, readVasopressin, readVasopressorCount } from "./readers";

/** ASTCT fever: temperature ≥ 38.0 °C not attributable to another cause (lee-2019). */
export const ASTCT_FEVER: Threshold = { path: "vitals.temperatureMaxC", comparison: ">=", value: 38.0, unit: "°C" };

export function astctFever(assessment: Assessment): Judgement {
  return allOf(meets(assessment, ASTCT_FEVER), not(readFeverOtherCause(assessment)));
}

/** Contract: SBP < 90 mmHg or MAP < 65 mmHg, MAP = (SBP + 2·DBP)/3. */
export const HYPOTENSION_SBP_BELOW_MMHG = 90;
export const HYPOTENSION_MAP_BELOW_MMHG = 65;

export function meanArterialPressure(systolic: number, diastolic: number): number {
  return (systolic + 2 * diastolic) / 3;
}

/** Any vasopressor (a counted one or vasopressin) — known yes, known no, or open. */
export function vasopressorGiven(assessment: Assessment): Judgement {
  const count = readVasopressorCount(assessment);
  const counted: Judgement = count === undefined ? open(readVasopressorCount.path) : settled(count > 0);
  return anyOf(counted, readVasopressin(assessment));
}

/**
 * Hypotension from blood pressure alone. Both conditions fall as SBP and DBP rise, so the lowest
 * pressures decide whether it can be true and the highest whether it can be false: exact.
 */
export function hypotensionFromBloodPressure(assessment: Assessment): Judgement {
  const sbp = readSystolic(assessment);
  const dbp = readDiastolic(assessment);
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
  const stated = readStatedHypotension(assessment);
  if (stated.value !== null) return SETTLED_HYPOTENSION.clinician[stated.value ? 1 : 0]!;
  const vasopressor = vasopressorGiven(assessment);
  if (vasopressor.value === true) return SETTLED_HYPOTENSION.vasopressor[1]!;
  const judgement = anyOf(vasopressor, hypotensionFromBloodPressure(assessment));
  if (judgement.value !== null) return SETTLED_HYPOTENSION["blood-pressure"][judgement.value ? 1 : 0]!;
  return { value: null, missing: ["vitals.hypotension", ...judgement.missing], basis: "blood-pressure" };
}

/** Settled answers, shared: [absent, present] per basis (the scoring asks for thousands). */
function settledHypotension(basis: HypotensionBasis): readonly (Judgement & { readonly basis: HypotensionBasis })[] {
  return [false, true].map((value) => Object.freeze({ value, missing: NOTHING_MISSING, basis }));
}
const SETTLED_HYPOTENSION: Readonly<Record<HypotensionBasis, readonly (Judgement & { readonly basis: HypotensionBasis })[]>> = {
  clinician: settledHypotension("clinician"),
  vasopressor: settledHypotension("vasopressor"),
  "blood-pressure": settledHypotension("blood-pressure"),
};

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

/** A settled answer per class, shared (the scoring reads the oxygen class several times per screening). */
const SINGLE_CLASS = {
  none: { classes: ["none"], missing: [] },
  "low-flow": { classes: ["low-flow"], missing: [] },
  "high-flow": { classes: ["high-flow"], missing: [] },
  "positive-pressure": { classes: ["positive-pressure"], missing: [] },
} as const satisfies Record<OxygenClass, { readonly classes: readonly OxygenClass[]; readonly missing: readonly string[] }>;

/** The oxygen classes the assessment can still be in (one when known). */
export function oxygenClasses(assessment: Assessment): { readonly classes: readonly OxygenClass[]; readonly missing: readonly string[] } {
  const device = readOxygenDevice(assessment);
  if (device.known) {
    const known = DEVICE_CLASS[device.values[0]!];
    if (known !== "by-flow") return SINGLE_CLASS[known];
  }
  // The flow matters only for a nasal cannula, or a device not recorded: read only then.
  const flow = readOxygenFlow(assessment);
  if (device.known && flow.known) return SINGLE_CLASS[flow.low <= LOW_FLOW_NASAL_CANNULA_MAX_L_PER_MIN ? "low-flow" : "high-flow"];
  const classes = new Set<OxygenClass>();
  let flowMatters = false;
  for (let i = 0; i < device.values.length; i++) {
    const known = DEVICE_CLASS[device.values[i]!];
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

const ICE_ITEMS = ["orientation", "naming", "commands", "writing", "attention"] as const;
export type IceItem = (typeof ICE_ITEMS)[number];
const NO_ITEMS: readonly IceItem[] = Object.freeze([]);
const ICE_SCORE_MISSING: readonly string[] = Object.freeze(["neuro.iceScore"]);

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
  if (neuro?.iceScore != null) return { min: neuro.iceScore, max: neuro.iceScore, basis: "score", notAssessable: NO_ITEMS, notRecorded: NO_ITEMS, missing: NOTHING_MISSING };
  const items = neuro?.iceItems;
  const recorded = items == null ? [] : ICE_ITEMS.filter((item) => items[item] !== undefined);
  if (items == null || recorded.length === 0) {
    const field = NUMERIC_FIELDS["neuro.iceScore"];
    return { min: field.min, max: field.max, basis: "unknown", notAssessable: NO_ITEMS, notRecorded: NO_ITEMS, missing: ICE_SCORE_MISSING };
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
  let missing: string[] | null = null;
  for (const lineage of lineages) {
    if (lineage.value === true) min += 1;
    if (lineage.value !== false) max += 1;
    if (lineage.value === null) addMissing((missing ??= []), lineage.missing);
  }
  return { min, max, missing: missing ?? NOTHING_MISSING };
}
