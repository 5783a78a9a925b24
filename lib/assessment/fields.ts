/** The Assessment contract's version (../shared/spec/ASSESSMENT.md): `schemaVersion` must be this. */
export const SCHEMA_VERSION = 1;

/** `label` is a free-text case title for training, never an identifier (../shared/spec/ASSESSMENT.md): at most this long. */
export const LABEL_MAX_LENGTH = 120;

/**
 * Every numeric field of the Assessment v1 contract (../shared/spec/ASSESSMENT.md): the human
 * label, the canonical unit and the plausible range. Ranges catch typos (physiologically
 * impossible values), not abnormal ones. The schema, the error messages, the scoring library's
 * ranges over unknown values and the form all read this one table.
 */
export interface NumericField {
  /** What a clinician calls the field, as shown in messages and the form. */
  readonly label: string;
  /** The canonical unit's symbol, as printed ("°C", "×10⁹/L"); empty for counts and scores. */
  readonly unit: string;
  readonly min: number;
  readonly max: number;
  /** Whole numbers only (vasopressor count, ICE points). */
  readonly integer?: boolean;
}

export const NUMERIC_FIELDS = {
  "context.ageYears": { label: "Age", unit: "years", min: 0, max: 120 },
  "context.daysSinceInfusion": { label: "Days since infusion", unit: "days", min: 0, max: 365 },
  "vitals.temperatureMaxC": { label: "Highest temperature", unit: "°C", min: 30, max: 45 },
  "vitals.systolicBpMmHg": { label: "Systolic blood pressure", unit: "mmHg", min: 30, max: 300 },
  "vitals.diastolicBpMmHg": { label: "Diastolic blood pressure", unit: "mmHg", min: 10, max: 200 },
  "vitals.heartRateBpm": { label: "Heart rate", unit: "/min", min: 20, max: 300 },
  "vitals.respiratoryRatePerMin": { label: "Respiratory rate", unit: "/min", min: 0, max: 80 },
  "vitals.spo2Percent": { label: "SpO₂", unit: "%", min: 30, max: 100 },
  "vitals.vasopressorsExcludingVasopressin": {
    label: "Vasopressors (not counting vasopressin)",
    unit: "",
    min: 0,
    max: 5,
    integer: true,
  },
  "vitals.oxygenFlowLPerMin": { label: "Oxygen flow", unit: "L/min", min: 0, max: 80 },
  "neuro.iceScore": { label: "ICE score", unit: "points", min: 0, max: 10, integer: true },
  "neuro.iceItems.orientation": { label: "ICE orientation", unit: "points", min: 0, max: 4, integer: true },
  "neuro.iceItems.naming": { label: "ICE naming", unit: "points", min: 0, max: 3, integer: true },
  "neuro.iceItems.commands": { label: "ICE following commands", unit: "points", min: 0, max: 1, integer: true },
  "neuro.iceItems.writing": { label: "ICE writing", unit: "points", min: 0, max: 1, integer: true },
  "neuro.iceItems.attention": { label: "ICE attention", unit: "points", min: 0, max: 1, integer: true },
  "labs.hemoglobinGPerDl": { label: "Haemoglobin", unit: "g/dL", min: 1, max: 25 },
  "labs.leukocytesE9PerL": { label: "Leukocytes", unit: "×10⁹/L", min: 0, max: 500 },
  "labs.neutrophilsE9PerL": { label: "Neutrophils (absolute)", unit: "×10⁹/L", min: 0, max: 500 },
  "labs.lymphocytesE9PerL": { label: "Lymphocytes (absolute)", unit: "×10⁹/L", min: 0, max: 500 },
  "labs.plateletsE9PerL": { label: "Platelets", unit: "×10⁹/L", min: 0, max: 3000 },
  "labs.ferritinNgPerMl": { label: "Ferritin", unit: "ng/mL", min: 0, max: 500000 },
  "labs.triglyceridesMmolPerL": { label: "Triglycerides", unit: "mmol/L", min: 0, max: 100 },
  "labs.fibrinogenGPerL": { label: "Fibrinogen", unit: "g/L", min: 0, max: 20 },
  "labs.astUPerL": { label: "AST", unit: "U/L", min: 0, max: 100000 },
  "labs.altUPerL": { label: "ALT", unit: "U/L", min: 0, max: 100000 },
  "labs.ldhUPerL": { label: "LDH", unit: "U/L", min: 0, max: 100000 },
  "labs.crpMgPerL": { label: "CRP", unit: "mg/L", min: 0, max: 1000 },
  "labs.il6PgPerMl": { label: "IL-6", unit: "pg/mL", min: 0, max: 1000000 },
  "labs.dDimerNgPerMlFeu": { label: "D-dimer", unit: "ng/mL FEU", min: 0, max: 1000000 },
  "labs.solubleCd25UPerMl": { label: "Soluble CD25 (sIL-2R)", unit: "U/mL", min: 0, max: 1000000 },
  "labs.ptProlongationSeconds": { label: "PT prolongation above the upper limit", unit: "s", min: -10, max: 200 },
  "labs.creatinineMgPerDl": { label: "Creatinine", unit: "mg/dL", min: 0, max: 30 },
} as const satisfies Record<string, NumericField>;

export type NumericFieldPath = keyof typeof NUMERIC_FIELDS;

/** Tri-state findings: true = present, false = looked for and absent, absent = not assessed. */
export const TRI_STATE_FIELDS = {
  "context.immunosuppressed": "Known underlying immunosuppression (HIV or long-term immunosuppressive therapy)",
  "context.sjia": "Known or suspected systemic JIA",
  "context.hlhMolecularDiagnosis": "Molecular diagnosis consistent with HLH",
  "context.antipyreticOrAnticytokineGiven": "Antipyretic or anti-cytokine therapy given (e.g. tocilizumab, corticosteroids)",
  "context.feverOtherCause": "Fever attributable to another cause",
  "vitals.hypotension": "Hypotension (clinician's judgement)",
  "vitals.vasopressin": "Vasopressin given",
  "findings.chills": "Chills",
  "findings.headache": "Headache",
  "findings.dizziness": "Dizziness",
  "findings.fatigue": "Fatigue",
  "findings.malaise": "Malaise",
  "findings.myalgia": "Myalgia",
  "findings.wateryDiarrhea": "Watery diarrhoea",
  "findings.capillaryLeak": "Capillary leak (oedema, effusions, weight gain)",
  "findings.hepatomegaly": "Hepatomegaly",
  "findings.splenomegaly": "Splenomegaly",
  "findings.cardiomyopathy": "Cardiomyopathy (new ventricular dysfunction)",
  "findings.lungInjury": "Lung injury (infiltrates, ARDS)",
  "findings.acuteKidneyInjury": "Acute kidney injury",
  "findings.bleeding": "Bleeding",
  "findings.alteredMentation": "Altered mentation (GCS < 15)",
  "neuro.motorWeakness": "Deep focal motor weakness (hemiparesis, paraparesis)",
  "pathology.hemophagocytosisBoneMarrow": "Haemophagocytosis on bone-marrow aspirate",
  "pathology.hemophagocytosisSpleenOrLymphNode": "Haemophagocytosis in spleen or lymph node",
  "pathology.nkActivityLowOrAbsent": "Low or absent NK-cell activity",
} as const satisfies Record<string, string>;

export type TriStateFieldPath = keyof typeof TRI_STATE_FIELDS;

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

export const ENUM_FIELDS = {
  "context.setting": { label: "Clinical setting", options: SETTINGS },
  "vitals.oxygenDevice": { label: "Oxygen device", options: OXYGEN_DEVICES },
  "neuro.consciousness": { label: "Level of consciousness", options: CONSCIOUSNESS_LEVELS },
  "neuro.seizure": { label: "Seizures", options: SEIZURE_STATES },
  "neuro.cerebralEdema": { label: "Raised intracranial pressure / cerebral oedema", options: CEREBRAL_EDEMA_STATES },
  "labs.fibrinMarkerIncrease": { label: "Fibrin-related marker (e.g. D-dimer) increase", options: FIBRIN_MARKER_INCREASES },
} as const;

export type EnumFieldPath = keyof typeof ENUM_FIELDS;

/** The label of any field path, for messages ("Ferritin (ng/mL)"). */
export function fieldLabel(path: string): string {
  if (path in NUMERIC_FIELDS) {
    const field: NumericField = NUMERIC_FIELDS[path as NumericFieldPath];
    return field.unit ? `${field.label} (${field.unit})` : field.label;
  }
  if (path in TRI_STATE_FIELDS) return TRI_STATE_FIELDS[path as TriStateFieldPath];
  if (path in ENUM_FIELDS) return ENUM_FIELDS[path as EnumFieldPath].label;
  if (path === "label") return "Case label";
  if (path === "schemaVersion") return "Schema version";
  return path;
}
