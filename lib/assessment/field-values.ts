/**
 * Every field of an Assessment read once, by literal property access, into two reused buffers in
 * FIELD_PATHS order (FieldValues). Why: the scoring library reads fields by path (thresholds are
 * data), and a read by a computed key costs ~40 ns on Node 20 (a megamorphic keyed load per path
 * segment) against under 1 ns for a literal one; `screen()` reads ~90 fields per assessment. While a
 * screening runs (`withFieldValues`), `valueAt` and the field readers answer from the buffers.
 * tests/lib/assessment/field-values.test.ts checks that it lists exactly the fields of fields.ts and
 * reads each one right. For validated Assessments only (a number field holds a number or nothing).
 */
import { NUMERIC_FIELDS } from "./fields";
import type { Assessment } from "./schema";

/** Every field path of the contract, in the order readFieldValues reads them. */
export const FIELD_PATHS = [
  "context.ageYears",
  "context.daysSinceInfusion",
  "vitals.temperatureMaxC",
  "vitals.systolicBpMmHg",
  "vitals.diastolicBpMmHg",
  "vitals.heartRateBpm",
  "vitals.respiratoryRatePerMin",
  "vitals.spo2Percent",
  "vitals.vasopressorsExcludingVasopressin",
  "vitals.oxygenFlowLPerMin",
  "neuro.iceScore",
  "neuro.iceItems.orientation",
  "neuro.iceItems.naming",
  "neuro.iceItems.commands",
  "neuro.iceItems.writing",
  "neuro.iceItems.attention",
  "labs.hemoglobinGPerDl",
  "labs.leukocytesE9PerL",
  "labs.neutrophilsE9PerL",
  "labs.lymphocytesE9PerL",
  "labs.plateletsE9PerL",
  "labs.ferritinNgPerMl",
  "labs.triglyceridesMmolPerL",
  "labs.fibrinogenGPerL",
  "labs.astUPerL",
  "labs.altUPerL",
  "labs.ldhUPerL",
  "labs.crpMgPerL",
  "labs.il6PgPerMl",
  "labs.dDimerNgPerMlFeu",
  "labs.solubleCd25UPerMl",
  "labs.ptProlongationSeconds",
  "labs.creatinineMgPerDl",
  "context.immunosuppressed",
  "context.sjia",
  "context.hlhMolecularDiagnosis",
  "context.antipyreticOrAnticytokineGiven",
  "context.feverOtherCause",
  "vitals.hypotension",
  "vitals.vasopressin",
  "findings.chills",
  "findings.headache",
  "findings.dizziness",
  "findings.fatigue",
  "findings.malaise",
  "findings.myalgia",
  "findings.wateryDiarrhea",
  "findings.capillaryLeak",
  "findings.hepatomegaly",
  "findings.splenomegaly",
  "findings.cardiomyopathy",
  "findings.lungInjury",
  "findings.acuteKidneyInjury",
  "findings.bleeding",
  "findings.alteredMentation",
  "neuro.motorWeakness",
  "pathology.hemophagocytosisBoneMarrow",
  "pathology.hemophagocytosisSpleenOrLymphNode",
  "pathology.nkActivityLowOrAbsent",
  "context.setting",
  "vitals.oxygenDevice",
  "neuro.consciousness",
  "neuro.seizure",
  "neuro.cerebralEdema",
  "labs.fibrinMarkerIncrease",
] as const;

/** Position of each field path in FIELD_PATHS. */
export const FIELD_INDEX: ReadonlyMap<string, number> = new Map(FIELD_PATHS.map((path, index) => [path, index]));

/** How many of FIELD_PATHS, from the first, are numeric: their values are kept unboxed. */
export const NUMERIC_FIELD_COUNT = Object.keys(NUMERIC_FIELDS).length;

/**
 * One screening's fields: the numbers unboxed in a Float64Array (NaN when not entered), every other
 * field as read (null kept: an ICE item's null means "not assessable").
 *
 * Why unboxed: a number read from a parsed object and kept in a plain array is a new heap object
 * each time (~0.5 kB per screening); with reused buffers, reading the fields allocates nothing.
 */
export interface FieldValues {
  readonly numbers: Float64Array;
  readonly others: unknown[];
  /** The assessment they were read from (undefined while empty): values kept for one are never used for another. */
  source: unknown;
}

/** Field values with nothing entered: every number NaN, every other field undefined. */
export function emptyFieldValues(): FieldValues {
  return { numbers: new Float64Array(NUMERIC_FIELD_COUNT).fill(Number.NaN), others: new Array<unknown>(FIELD_PATHS.length - NUMERIC_FIELD_COUNT).fill(undefined), source: undefined };
}

/** Reads every field of the assessment into `into` (same order as FIELD_PATHS; the test reads both). */
export function readFieldValues(assessment: Assessment, into: FieldValues): void {
  const c = assessment.context;
  const v = assessment.vitals;
  const f = assessment.findings;
  const n = assessment.neuro;
  const ice = n?.iceItems;
  const l = assessment.labs;
  const p = assessment.pathology;
  const numbers = into.numbers;
  const others = into.others;
  into.source = assessment;
  numbers[0] = c?.ageYears ?? NaN;
  numbers[1] = c?.daysSinceInfusion ?? NaN;
  numbers[2] = v?.temperatureMaxC ?? NaN;
  numbers[3] = v?.systolicBpMmHg ?? NaN;
  numbers[4] = v?.diastolicBpMmHg ?? NaN;
  numbers[5] = v?.heartRateBpm ?? NaN;
  numbers[6] = v?.respiratoryRatePerMin ?? NaN;
  numbers[7] = v?.spo2Percent ?? NaN;
  numbers[8] = v?.vasopressorsExcludingVasopressin ?? NaN;
  numbers[9] = v?.oxygenFlowLPerMin ?? NaN;
  numbers[10] = n?.iceScore ?? NaN;
  numbers[11] = ice?.orientation ?? NaN;
  numbers[12] = ice?.naming ?? NaN;
  numbers[13] = ice?.commands ?? NaN;
  numbers[14] = ice?.writing ?? NaN;
  numbers[15] = ice?.attention ?? NaN;
  numbers[16] = l?.hemoglobinGPerDl ?? NaN;
  numbers[17] = l?.leukocytesE9PerL ?? NaN;
  numbers[18] = l?.neutrophilsE9PerL ?? NaN;
  numbers[19] = l?.lymphocytesE9PerL ?? NaN;
  numbers[20] = l?.plateletsE9PerL ?? NaN;
  numbers[21] = l?.ferritinNgPerMl ?? NaN;
  numbers[22] = l?.triglyceridesMmolPerL ?? NaN;
  numbers[23] = l?.fibrinogenGPerL ?? NaN;
  numbers[24] = l?.astUPerL ?? NaN;
  numbers[25] = l?.altUPerL ?? NaN;
  numbers[26] = l?.ldhUPerL ?? NaN;
  numbers[27] = l?.crpMgPerL ?? NaN;
  numbers[28] = l?.il6PgPerMl ?? NaN;
  numbers[29] = l?.dDimerNgPerMlFeu ?? NaN;
  numbers[30] = l?.solubleCd25UPerMl ?? NaN;
  numbers[31] = l?.ptProlongationSeconds ?? NaN;
  numbers[32] = l?.creatinineMgPerDl ?? NaN;
  others[0] = c?.immunosuppressed;
  others[1] = c?.sjia;
  others[2] = c?.hlhMolecularDiagnosis;
  others[3] = c?.antipyreticOrAnticytokineGiven;
  others[4] = c?.feverOtherCause;
  others[5] = v?.hypotension;
  others[6] = v?.vasopressin;
  others[7] = f?.chills;
  others[8] = f?.headache;
  others[9] = f?.dizziness;
  others[10] = f?.fatigue;
  others[11] = f?.malaise;
  others[12] = f?.myalgia;
  others[13] = f?.wateryDiarrhea;
  others[14] = f?.capillaryLeak;
  others[15] = f?.hepatomegaly;
  others[16] = f?.splenomegaly;
  others[17] = f?.cardiomyopathy;
  others[18] = f?.lungInjury;
  others[19] = f?.acuteKidneyInjury;
  others[20] = f?.bleeding;
  others[21] = f?.alteredMentation;
  others[22] = n?.motorWeakness;
  others[23] = p?.hemophagocytosisBoneMarrow;
  others[24] = p?.hemophagocytosisSpleenOrLymphNode;
  others[25] = p?.nkActivityLowOrAbsent;
  others[26] = c?.setting;
  others[27] = v?.oxygenDevice;
  others[28] = n?.consciousness;
  others[29] = n?.seizure;
  others[30] = n?.cerebralEdema;
  others[31] = l?.fibrinMarkerIncrease;
}
