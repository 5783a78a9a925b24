/** The Assessment contract's version (../shared/spec/ASSESSMENT.md): `schemaVersion` must be this. */
export const SCHEMA_VERSION = 1;

/** `label` is a free-text case title for training, never an identifier (../shared/spec/ASSESSMENT.md): at most this long. */
export const LABEL_MAX_LENGTH = 120;

/** Enumerations of the contract, with the labels the UI shows. */
export const SETTINGS = {
  "immune-effector-cell-therapy": "Immune effector cell therapy (CAR-T, bispecific T-cell engager)",
  // 2026-12 addition (../shared/spec/ASSESSMENT.md): cHIS applies in COVID-19 only.
  "covid-19": "COVID-19",
  "viral-infection": "Another viral infection (e.g. influenza, EBV)",
  "suspected-sepsis": "Suspected sepsis",
  rheumatologic: "Rheumatologic disease (sJIA, AOSD, SLE)",
  malignancy: "Malignancy (not immune effector cell therapy)",
  other: "Other",
} as const;

export const OXYGEN_DEVICES = {
  none: "None (room air)",
  "nasal-cannula": "Nasal cannula",
  "blow-by": "Blow-by",
  "high-flow-nasal-cannula": "High-flow nasal cannula",
  "simple-facemask": "Simple facemask",
  "non-rebreather": "Non-rebreather mask",
  venturi: "Venturi mask",
  cpap: "CPAP",
  bipap: "BiPAP",
  "mechanical-ventilation": "Mechanical ventilation",
} as const;

export const CONSCIOUSNESS_LEVELS = {
  alert: "Alert",
  "awakens-spontaneously": "Drowsy, awakens spontaneously",
  "awakens-to-voice": "Awakens to voice",
  "awakens-to-touch": "Awakens only to tactile stimulus",
  unarousable: "Unarousable, or needs vigorous or repetitive tactile stimuli (stupor, coma)",
} as const;

export const SEIZURE_STATES = {
  none: "None",
  resolving: "Any clinical seizure that resolves rapidly, or non-convulsive seizures on EEG resolving with intervention",
  prolonged: "Life-threatening prolonged seizure (> 5 min), or repetitive seizures without return to baseline",
} as const;

export const CEREBRAL_EDEMA_STATES = {
  none: "None",
  focal: "Focal or local oedema on neuroimaging",
  diffuse: "Diffuse oedema, decerebrate or decorticate posturing, CN VI palsy, papilledema or Cushing's triad",
} as const;

export const FIBRIN_MARKER_INCREASES = {
  none: "No increase",
  moderate: "Moderate increase",
  strong: "Strong increase",
} as const;

/**
 * A numeric field: the human label, the canonical unit and the plausible range. Ranges catch typos
 * (physiologically impossible values), not abnormal ones.
 */
export interface NumericField {
  readonly kind: "number";
  /** What a clinician calls the field, as shown in messages and the form. */
  readonly label: string;
  /** The canonical unit's symbol, as printed ("°C", "×10⁹/L"); empty for counts and scores. */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (vasopressor count, ICE points). */
  readonly integer?: boolean;
}

/** A tri-state finding: true = present, false = looked for and absent, absent = not assessed. */
interface FindingField {
  readonly kind: "finding";
  readonly label: string;
}

/** One of a fixed set of options (their labels as the UI shows them). */
interface ChoiceField {
  readonly kind: "choice";
  readonly label: string;
  readonly options: Readonly<Record<string, string>>;
}

export type Field = NumericField | FindingField | ChoiceField;

const finding = (label: string) => ({ kind: "finding", label }) as const;

/**
 * Every field of the Assessment v1 contract (../shared/spec/ASSESSMENT.md), by its dotted path
 * (`section.key`, or `section.group.key` for the ICE items), in the contract's order. The one list
 * of fields: the schema and its messages, the quick check, the scoring library's ranges over unknown
 * values and the form all read it.
 */
export const FIELDS = {
  "context.setting": { kind: "choice", label: "Clinical setting", options: SETTINGS },
  "context.ageYears": { kind: "number", label: "Age", unit: "years", min: 0, max: 120 },
  "context.daysSinceInfusion": { kind: "number", label: "Days since infusion", unit: "days", min: 0, max: 365 },
  "context.immunosuppressed": finding("Known underlying immunosuppression (HIV or long-term immunosuppressive therapy)"),
  "context.sjia": finding("Known or suspected systemic JIA"),
  "context.hlhMolecularDiagnosis": finding("Molecular diagnosis consistent with HLH"),
  "context.antipyreticOrAnticytokineGiven": finding("Antipyretic or anti-cytokine therapy given (e.g. tocilizumab, corticosteroids)"),
  "context.feverOtherCause": finding("Fever attributable to another cause"),
  // 2026-12 second addition (Lee 2019, Table 6 footnotes via the SITC 2020 guideline): fever is no
  // longer required only "in patients who have CRS then receive" antipyretic or anti-cytokine
  // therapy. Asked only when that therapy was given.
  "context.crsBeforeTherapy": finding("CRS (fever with no other cause) was present before the antipyretic or anti-cytokine therapy"),

  "vitals.temperatureMaxC": { kind: "number", label: "Highest temperature", unit: "°C", min: 30, max: 45 },
  "vitals.systolicBpMmHg": { kind: "number", label: "Systolic blood pressure", unit: "mmHg", min: 30, max: 300 },
  "vitals.diastolicBpMmHg": { kind: "number", label: "Diastolic blood pressure", unit: "mmHg", min: 10, max: 200 },
  "vitals.heartRateBpm": { kind: "number", label: "Heart rate", unit: "/min", min: 20, max: 300 },
  "vitals.respiratoryRatePerMin": { kind: "number", label: "Respiratory rate", unit: "/min", min: 0, max: 80 },
  "vitals.spo2Percent": { kind: "number", label: "SpO₂", unit: "%", min: 30, max: 100 },
  "vitals.hypotension": finding("Hypotension (clinician's judgement)"),
  "vitals.vasopressorsExcludingVasopressin": { kind: "number", label: "Vasopressors (not counting vasopressin)", unit: "", min: 0, max: 5, integer: true },
  "vitals.vasopressin": finding("Vasopressin given"),
  // 2026-12 second addition: Lee 2019 grades "hypotension or hypoxia not attributable to any other cause".
  "vitals.hypotensionOtherCause": finding("Hypotension attributable to another cause (e.g. sepsis, bleeding, sedation)"),
  "vitals.oxygenDevice": { kind: "choice", label: "Oxygen device", options: OXYGEN_DEVICES },
  "vitals.oxygenFlowLPerMin": { kind: "number", label: "Oxygen flow", unit: "L/min", min: 0, max: 80 },
  // 2026-12 addition: asked only with mechanical ventilation. Absent = not recorded, and the
  // published table applies (ventilation counts as positive pressure).
  "vitals.intubatedForAirwayProtection": finding("Ventilated to protect the airway (e.g. in ICANS), not for hypoxia"),
  "vitals.hypoxiaOtherCause": finding("Hypoxia attributable to another cause (e.g. pneumonia, fluid overload)"),

  "findings.chills": finding("Chills"),
  "findings.headache": finding("Headache"),
  "findings.dizziness": finding("Dizziness"),
  "findings.fatigue": finding("Fatigue"),
  "findings.malaise": finding("Malaise"),
  "findings.myalgia": finding("Myalgia"),
  "findings.wateryDiarrhea": finding("Watery diarrhoea"),
  "findings.capillaryLeak": finding("Capillary leak (oedema, effusions, weight gain)"),
  "findings.hepatomegaly": finding("Hepatomegaly"),
  "findings.splenomegaly": finding("Splenomegaly"),
  "findings.cardiomyopathy": finding("Cardiomyopathy (new ventricular dysfunction)"),
  "findings.lungInjury": finding("Lung injury (infiltrates, ARDS)"),
  "findings.acuteKidneyInjury": finding("Acute kidney injury"),
  "findings.bleeding": finding("Bleeding"),
  "findings.alteredMentation": finding("Altered mentation (GCS < 15)"),

  "neuro.iceScore": { kind: "number", label: "ICE score", unit: "points", min: 0, max: 10, integer: true },
  // ICE items: `null` = not assessable (language, vision or hearing barrier).
  "neuro.iceItems.orientation": { kind: "number", label: "ICE orientation", unit: "points", min: 0, max: 4, integer: true },
  "neuro.iceItems.naming": { kind: "number", label: "ICE naming", unit: "points", min: 0, max: 3, integer: true },
  "neuro.iceItems.commands": { kind: "number", label: "ICE following commands", unit: "points", min: 0, max: 1, integer: true },
  "neuro.iceItems.writing": { kind: "number", label: "ICE writing", unit: "points", min: 0, max: 1, integer: true },
  "neuro.iceItems.attention": { kind: "number", label: "ICE attention", unit: "points", min: 0, max: 1, integer: true },
  // 2026-12 addition: the Cornell Assessment of Pediatric Delirium total (Traube 2014), which ASTCT
  // uses instead of ICE under 12 years. The total only; the item wording is not reproduced.
  "neuro.capdScore": { kind: "number", label: "CAPD total (Cornell Assessment of Pediatric Delirium)", unit: "points", min: 0, max: 32, integer: true },
  "neuro.consciousness": { kind: "choice", label: "Level of consciousness", options: CONSCIOUSNESS_LEVELS },
  "neuro.seizure": { kind: "choice", label: "Seizures", options: SEIZURE_STATES },
  "neuro.motorWeakness": finding("Deep focal motor weakness (hemiparesis, paraparesis)"),
  "neuro.cerebralEdema": { kind: "choice", label: "Raised intracranial pressure / cerebral oedema", options: CEREBRAL_EDEMA_STATES },

  "labs.hemoglobinGPerDl": { kind: "number", label: "Haemoglobin", unit: "g/dL", min: 1, max: 25 },
  "labs.leukocytesE9PerL": { kind: "number", label: "Leukocytes", unit: "×10⁹/L", min: 0, max: 500 },
  "labs.neutrophilsE9PerL": { kind: "number", label: "Neutrophils (absolute)", unit: "×10⁹/L", min: 0, max: 500 },
  "labs.lymphocytesE9PerL": { kind: "number", label: "Lymphocytes (absolute)", unit: "×10⁹/L", min: 0, max: 500 },
  "labs.plateletsE9PerL": { kind: "number", label: "Platelets", unit: "×10⁹/L", min: 0, max: 3000 },
  "labs.ferritinNgPerMl": { kind: "number", label: "Ferritin", unit: "ng/mL", min: 0, max: 500000 },
  "labs.triglyceridesMmolPerL": { kind: "number", label: "Triglycerides", unit: "mmol/L", min: 0, max: 100 },
  "labs.fibrinogenGPerL": { kind: "number", label: "Fibrinogen", unit: "g/L", min: 0, max: 20 },
  "labs.astUPerL": { kind: "number", label: "AST", unit: "U/L", min: 0, max: 100000 },
  "labs.altUPerL": { kind: "number", label: "ALT", unit: "U/L", min: 0, max: 100000 },
  "labs.ldhUPerL": { kind: "number", label: "LDH", unit: "U/L", min: 0, max: 100000 },
  "labs.crpMgPerL": { kind: "number", label: "CRP", unit: "mg/L", min: 0, max: 1000 },
  "labs.il6PgPerMl": { kind: "number", label: "IL-6", unit: "pg/mL", min: 0, max: 1000000 },
  "labs.dDimerNgPerMlFeu": { kind: "number", label: "D-dimer", unit: "ng/mL FEU", min: 0, max: 1000000 },
  "labs.solubleCd25UPerMl": { kind: "number", label: "Soluble CD25 (sIL-2R)", unit: "U/mL", min: 0, max: 1000000 },
  "labs.ptProlongationSeconds": { kind: "number", label: "PT prolongation above the upper limit", unit: "s", min: -10, max: 200 },
  "labs.fibrinMarkerIncrease": { kind: "choice", label: "Fibrin-related marker (e.g. D-dimer) increase", options: FIBRIN_MARKER_INCREASES },
  "labs.creatinineMgPerDl": { kind: "number", label: "Creatinine", unit: "mg/dL", min: 0, max: 30 },

  "pathology.hemophagocytosisBoneMarrow": finding("Haemophagocytosis on bone-marrow aspirate"),
  "pathology.hemophagocytosisSpleenOrLymphNode": finding("Haemophagocytosis in spleen or lymph node"),
  "pathology.nkActivityLowOrAbsent": finding("Low or absent NK-cell activity"),
} as const satisfies Record<string, Field>;

export type FieldPath = keyof typeof FIELDS;
/** Every field path, in the contract's order. */
export const FIELD_PATHS = Object.keys(FIELDS) as readonly FieldPath[];

type PathOfKind<K extends Field["kind"]> = { [P in FieldPath]: (typeof FIELDS)[P]["kind"] extends K ? P : never }[FieldPath];
export type NumericFieldPath = PathOfKind<"number">;
export type TriStateFieldPath = PathOfKind<"finding">;
export type EnumFieldPath = PathOfKind<"choice">;

function ofKind<K extends Field["kind"]>(kind: K) {
  return Object.fromEntries(Object.entries(FIELDS).filter(([, field]) => field.kind === kind)) as { readonly [P in PathOfKind<K>]: (typeof FIELDS)[P] };
}

/** The numeric fields. */
export const NUMERIC_FIELDS = ofKind("number");
/** The tri-state findings' labels. */
export const TRI_STATE_FIELDS = Object.fromEntries(Object.entries(ofKind("finding")).map(([path, field]) => [path, field.label])) as Readonly<Record<TriStateFieldPath, string>>;
/** The enumerated fields: label and options. */
export const ENUM_FIELDS = ofKind("choice");

/** The ICE items (`neuro.iceItems.*`), by key. */
export const ICE_ITEMS = FIELD_PATHS.filter((path) => path.startsWith("neuro.iceItems.")).map((path) => path.slice("neuro.iceItems.".length)) as readonly IceItem[];
export type IceItem = FieldPath extends infer P ? (P extends `neuro.iceItems.${infer K}` ? K : never) : never;

/** The label of any field path, for messages ("Ferritin (ng/mL)"). */
export function fieldLabel(path: string): string {
  if (path in FIELDS) {
    const field: Field = FIELDS[path as FieldPath];
    return field.kind === "number" && field.unit ? `${field.label} (${field.unit})` : field.label;
  }
  if (path === "label") return "Case label";
  if (path === "schemaVersion") return "Schema version";
  return path;
}
