/**
 * The derived values of ../shared/spec/ASSESSMENT.md ("Derived values"), one place each, each
 * exact over the unknown inputs.
 */
import { ICE_ITEMS, NUMERIC_FIELDS, type IceItem, type OXYGEN_DEVICES } from "./fields";
import { allOf, anyOf, not, open, settled, unionOf, type Judgement } from "./judgement";
import { meets, readChoice, readFinding, readNumber, readValue, type Threshold } from "./read";
import type { Assessment } from "./schema";

/** ASTCT fever: temperature ≥ 38.0 °C not attributable to another cause (lee-2019). */
export const ASTCT_FEVER: Threshold = { path: "vitals.temperatureMaxC", comparison: ">=", value: 38.0, unit: "°C", decimals: 1 };

export function astctFever(assessment: Assessment): Judgement {
  return allOf(meets(assessment, ASTCT_FEVER), not(readFinding(assessment, "context.feverOtherCause")));
}

/**
 * Hypotension by age — AHA/PALS 2010 (Kleinman ME et al., Circulation 2010;122(18 Suppl 3):S876,
 * `kleinman-2010`), as ../shared/spec/ASSESSMENT.md ("Derived values") and
 * ../shared/clinical/ADDITIONS-2026-12.md (item 3) give it: SBP < 60 mmHg in term neonates
 * (0–28 days), < 70 in infants (1–12 months), < 70 + 2 × age in years from 1 to 10 years, < 90
 * from 10 years. Conventions of ours, stated in the UI: "age in years" is completed years (floor);
 * day 28 is still neonatal (AHA: "0 to 28 days"); adults (≥ 18 years) are also hypotensive at
 * MAP < 65 mmHg, MAP = (SBP + 2·DBP)/3 — not PALS.
 */
export const NEONATE_MAX_AGE_DAYS = 28;
export const DAYS_PER_YEAR = 365.25;
export const HYPOTENSION_NEONATE_SBP_BELOW_MMHG = 60;
export const HYPOTENSION_INFANT_SBP_BELOW_MMHG = 70;
export const HYPOTENSION_CHILD_MIN_AGE_YEARS = 1;
/** From this age the flat adult cut-off applies (the formula gives 90 here too). */
export const HYPOTENSION_FLAT_FROM_AGE_YEARS = 10;
export const HYPOTENSION_SBP_BELOW_MMHG = 90;
/** Our convention for adults (≥ 18 years), not PALS. */
export const HYPOTENSION_MAP_FROM_AGE_YEARS = 18;
export const HYPOTENSION_MAP_BELOW_MMHG = 65;

export function meanArterialPressure(systolic: number, diastolic: number): number {
  return (systolic + 2 * diastolic) / 3;
}

/** The systolic pressure below which a child of this age is hypotensive (PALS 2010). */
export function hypotensionSystolicBelow(ageYears: number): number {
  if (ageYears * DAYS_PER_YEAR <= NEONATE_MAX_AGE_DAYS) return HYPOTENSION_NEONATE_SBP_BELOW_MMHG;
  if (ageYears < HYPOTENSION_CHILD_MIN_AGE_YEARS) return HYPOTENSION_INFANT_SBP_BELOW_MMHG;
  if (ageYears < HYPOTENSION_FLAT_FROM_AGE_YEARS) return 70 + 2 * Math.floor(ageYears);
  return HYPOTENSION_SBP_BELOW_MMHG;
}

/** Hypotensive at this age and pressure: the PALS systolic cut-off, and for adults also MAP < 65. */
export function hypotensiveAt(ageYears: number, systolic: number, diastolic: number): boolean {
  if (systolic < hypotensionSystolicBelow(ageYears)) return true;
  return ageYears >= HYPOTENSION_MAP_FROM_AGE_YEARS && meanArterialPressure(systolic, diastolic) < HYPOTENSION_MAP_BELOW_MMHG;
}

/** Any vasopressor (a counted one or vasopressin) — known yes, known no, or open. */
export function vasopressorGiven(assessment: Assessment): Judgement {
  const count = readValue(assessment, "vitals.vasopressorsExcludingVasopressin");
  const counted: Judgement = count === undefined ? open("vitals.vasopressorsExcludingVasopressin") : settled(count > 0);
  return anyOf(counted, readFinding(assessment, "vitals.vasopressin"));
}

/**
 * Hypotension from blood pressure and age. Being hypotensive falls as SBP and DBP rise and never
 * falls with age (each band's cut-off is at least the one before, and MAP joins at 18), so the
 * oldest age with the lowest pressures decides whether it can be true and the youngest with the
 * highest whether it can be false: exact. With age unknown this is the contract's range: yes when
 * every age would call it so (SBP < 60), no when none would (SBP ≥ 90 and MAP ≥ 65).
 */
export function hypotensionFromBloodPressure(assessment: Assessment): Judgement {
  const age = readNumber(assessment, "context.ageYears");
  const sbp = readNumber(assessment, "vitals.systolicBpMmHg");
  const dbp = readNumber(assessment, "vitals.diastolicBpMmHg");
  const canBeTrue = hypotensiveAt(age.high, sbp.low, dbp.low);
  const canBeFalse = !hypotensiveAt(age.low, sbp.high, dbp.high);
  if (canBeTrue !== canBeFalse) return settled(canBeTrue);
  // Open. Name only the inputs that could still change it: the diastolic only while the MAP rule
  // can apply (an adult) and a systolic at or above the cut-off leaves it to the MAP.
  const systolicAtLeast = Math.max(sbp.low, HYPOTENSION_SBP_BELOW_MMHG);
  const diastolicMatters = age.high >= HYPOTENSION_MAP_FROM_AGE_YEARS && systolicAtLeast <= sbp.high && meanArterialPressure(systolicAtLeast, dbp.low) < HYPOTENSION_MAP_BELOW_MMHG;
  const missing = [
    ...(age.known ? [] : [age.path]),
    ...(sbp.known ? [] : [sbp.path]),
    ...(dbp.known || !diastolicMatters ? [] : [dbp.path]),
  ];
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

/**
 * Our convention (ASSESSMENT.md "Additions to v1"; ADDITIONS-2026-12.md item 4): mechanical
 * ventilation started to protect the airway, not for hypoxia, does not count as CRS hypoxia. Not a
 * sentence read in Lee 2019, whose table puts positive pressure in the hypoxia row. Applied only
 * when the device is known: with the device unknown, grade 0 is reachable anyway (no oxygen), so
 * the range is the same.
 */
export function ventilatedForAirwayProtection(assessment: Assessment): boolean {
  return assessment.vitals?.oxygenDevice === "mechanical-ventilation" && assessment.vitals.intubatedForAirwayProtection === true;
}

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
 * ICE from 12 years; under 12 the CAPD replaces it (ASCO 2021 pocket guide, Table 2 footnote: "For
 * children age <12 years, the Cornell Assessment of Pediatric Delirium (CAPD) is recommended";
 * ../shared/clinical/ADDITIONS-2026-12.md, item 2). A child of exactly 12.0 uses ICE: our
 * convention, as INSTRUMENTS.md's "ICE ≥ 12" (NCIt's "12 and under" is a known discrepancy).
 */
export const ICE_MIN_AGE_YEARS = 12;

/** The encephalopathy test for this age: ICE, CAPD, or either while the age is unknown. */
export function encephalopathyTests(ageYears: number | undefined): readonly ("ice" | "capd")[] {
  if (ageYears === undefined) return ["ice", "capd"];
  return ageYears >= ICE_MIN_AGE_YEARS ? ["ice"] : ["capd"];
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
