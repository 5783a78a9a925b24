/**
 * The words a vignette uses to tell a trainee a field's value, for the studio's vignette check
 * (./vignette-check.ts). Two tables:
 *
 * - `FINDING_WORDS`: for each yes/no finding, the words that mention it; for each choice, the words
 *   of each option. Polarity is not read: "no hepatomegaly" and "hepatomegaly" both mention it.
 *   The check asks whether the trainee was told about the finding at all; whether the vignette
 *   says present or absent is for the instructor to read (a negation parser would miss as often
 *   as it helped, and a wrong "contradicts" teaches the instructor to ignore the marks).
 * - `NUMBER_WORDS`: the words a vignette writes before a number of each numeric field
 *   ("haemoglobin 112 g/L", "Hb 11.2"), so a number can be told apart from its neighbours.
 *
 * Every field's own label (lib/assessment/fields.ts) is one of its words; these are the others
 * clinicians write. Spelling variants (haem/hem, oedema/edema) are in the patterns.
 */
import { ENUM_FIELDS, NUMERIC_FIELDS, TRI_STATE_FIELDS, type EnumFieldPath, type NumericFieldPath, type TriStateFieldPath } from "../../assessment/fields";

/** A label without its explanation in brackets, as a pattern: "Capillary leak (oedema, …)" → /capillary leak/i. */
function labelPattern(label: string): RegExp {
  const core = label.replace(/\s*\(.*$/, "").trim();
  return new RegExp(core.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "i");
}

/** The words of each finding other than its label; a finding not listed is mentioned by its label alone. */
const FINDING_SYNONYMS: Partial<Readonly<Record<TriStateFieldPath, RegExp>>> = {
  "context.immunosuppressed": /immunosuppress|immunocompromis|\bHIV\b/i,
  "context.sjia": /\bs?JIA\b|systemic J|juvenile idiopathic arthritis|Still'?s disease/i,
  "context.hlhMolecularDiagnosis": /HLH[- ](associated )?gene|HLH mutation|familial HLH|molecular|genetic/i,
  "context.antipyreticOrAnticytokineGiven": /antipyretic|anti-?cytokine|tocilizumab|siltuximab|anakinra|paracetamol|acetaminophen|ibuprofen|dexamethasone|methylprednisolone|corticosteroid|steroid/i,
  "context.feverOtherCause": /(fever|febrile)[^.]*(cause|attribut|infection|source)|(no|without) (infection|source)|attribut/i,
  "context.crsBeforeTherapy": /before (the |any )?(tocilizumab|antipyretic|anti-?cytokine|treatment|therapy|paracetamol|steroid|dexamethasone)|CRS[^.]*before|had CRS/i,
  "vitals.hypotension": /hypotensi|blood pressure|\bBP\b/i,
  "vitals.vasopressin": /vasopressin|vasopressor|pressor/i,
  "vitals.hypotensionOtherCause": /(hypotensi|blood pressure)[^.]*(cause|attribut)|(cause|attribut)[^.]*(hypotensi|blood pressure)|septic shock/i,
  "vitals.intubatedForAirwayProtection": /airway/i,
  "vitals.hypoxiaOtherCause": /(hypoxi|oxygen|saturation)[^.]*(cause|attribut)|(cause|attribut)[^.]*(hypoxi|oxygen)|chest X-ray|pneumonia|fluid overload/i,
  "findings.chills": /chills|rigou?rs/i,
  "findings.dizziness": /dizz/i,
  "findings.fatigue": /fatigue|tired/i,
  "findings.myalgia": /myalgia|muscle ache/i,
  "findings.wateryDiarrhea": /diarrh/i,
  "findings.capillaryLeak": /capillary leak|o?edema|effusion|weight gain/i,
  "findings.hepatomegaly": /liver/i,
  "findings.splenomegaly": /spleen/i,
  "findings.cardiomyopathy": /ventricular|ejection fraction|echocardiogra/i,
  "findings.lungInjury": /infiltrate|\bARDS\b/i,
  "findings.acuteKidneyInjury": /kidney injury|\bAKI\b|renal/i,
  "findings.bleeding": /bleed|ha?emorrhag|bruis|petechia|purpura/i,
  "findings.alteredMentation": /mentation|confus|\bGCS\b|oriented/i,
  "neuro.motorWeakness": /weakness|paresis/i,
  "pathology.hemophagocytosisBoneMarrow": /ha?emophagocyt[^.]*marrow|marrow[^.]*ha?emophagocyt/i,
  "pathology.hemophagocytosisSpleenOrLymphNode": /ha?emophagocyt[^.]*(spleen|lymph node)|(spleen|lymph node)[^.]*ha?emophagocyt/i,
  "pathology.nkActivityLowOrAbsent": /\bNK\b/i,
};

/**
 * The words of each option of a choice. An option that says "none of it" ("None", "No
 * increase") is mentioned by the field's own words too ("no seizure", "no cerebral oedema"), as
 * clinicians write it. `other` (setting) has no words: a setting of "other" tells nothing to miss.
 */
const OPTION_WORDS: { readonly [P in EnumFieldPath]: Readonly<Record<keyof (typeof ENUM_FIELDS)[P]["options"], RegExp>> } = {
  "context.setting": {
    "immune-effector-cell-therapy": /CAR[- ]?T|bispecific|T-cell engager|immune effector/i,
    "covid-19": /COVID/i,
    "viral-infection": /virus|viral|\bEBV\b|influenza|\bCMV\b/i,
    "suspected-sepsis": /sepsis|septic/i,
    rheumatologic: /\bs?JIA\b|arthritis|Still'?s|lupus|\bSLE\b|\bAOSD\b|rheumat/i,
    malignancy: /lymphoma|leuka?emia|myeloma|cancer|tumou?r|malignan/i,
    other: /(?:)/,
  },
  "vitals.oxygenDevice": {
    none: /room air|no (supplemental )?oxygen|without oxygen/i,
    "nasal-cannula": /nasal[- ]cannula|nasal prongs/i,
    "blow-by": /blow-?by/i,
    "high-flow-nasal-cannula": /high[- ]flow|\bHFNC\b/i,
    "simple-facemask": /face ?mask/i,
    "non-rebreather": /non-?rebreather|reservoir mask/i,
    venturi: /venturi/i,
    cpap: /\bCPAP\b/i,
    bipap: /\bBiPAP\b|non-invasive ventilation|\bNIV\b/i,
    "mechanical-ventilation": /intubat|ventilat/i,
  },
  "neuro.consciousness": {
    alert: /\balert\b|\bawake\b/i,
    "awakens-spontaneously": /drowsy|(awakens?|wakes) spontaneously/i,
    "awakens-to-voice": /to voice|when spoken to/i,
    "awakens-to-touch": /to touch|tactile/i,
    unarousable: /unarousable|unrousable|\bcoma\b|stupor/i,
  },
  "neuro.seizure": { none: /seizure|convuls/i, resolving: /seizure|convuls/i, prolonged: /seizure|convuls|status epilepticus/i },
  "neuro.cerebralEdema": {
    none: /cerebral o?edema|intracranial|papill|brain swelling|no o?edema/i,
    focal: /focal[^.]*o?edema|cerebral o?edema/i,
    diffuse: /diffuse[^.]*o?edema|cerebral o?edema|papill|posturing|Cushing/i,
  },
  "labs.fibrinMarkerIncrease": { none: /no increase|not increased/i, moderate: /moderate(ly)? increase/i, strong: /strong(ly)? increase|marked(ly)? increase/i },
};

/** The pattern that mentions a finding, or one option of a choice; undefined for any other field. */
export function findingWords(path: string, value: unknown): RegExp | undefined {
  if (path in TRI_STATE_FIELDS) {
    const finding = path as TriStateFieldPath;
    const synonyms = FINDING_SYNONYMS[finding];
    const label = labelPattern(TRI_STATE_FIELDS[finding]);
    return synonyms ? new RegExp(`${label.source}|${synonyms.source}`, "i") : label;
  }
  if (path in ENUM_FIELDS && typeof value === "string") {
    const options: Readonly<Record<string, RegExp>> = OPTION_WORDS[path as EnumFieldPath];
    const label = (ENUM_FIELDS[path as EnumFieldPath].options as Readonly<Record<string, string>>)[value];
    const own = options[value];
    return own && label ? new RegExp(`${labelPattern(label).source}|${own.source}`, "i") : own;
  }
  return undefined;
}

/** The words written before a number of each numeric field, other than its label. */
const NUMBER_SYNONYMS: Partial<Readonly<Record<NumericFieldPath, readonly string[]>>> = {
  "context.ageYears": ["aged"],
  "vitals.temperatureMaxC": ["temperature", "febrile", "fever", "Tmax"],
  "vitals.systolicBpMmHg": ["systolic", "blood pressure", "BP"],
  "vitals.diastolicBpMmHg": ["diastolic"],
  "vitals.heartRateBpm": ["pulse", "HR"],
  "vitals.respiratoryRatePerMin": ["RR", "breathing"],
  "vitals.spo2Percent": ["SpO2", "saturation", "saturating", "sats"],
  "vitals.vasopressorsExcludingVasopressin": ["vasopressors", "vasopressor"],
  "vitals.oxygenFlowLPerMin": ["oxygen", "flow"],
  "neuro.iceScore": ["ICE"],
  "neuro.capdScore": ["CAPD"],
  "neuro.iceItems.orientation": ["orientation"],
  "neuro.iceItems.naming": ["naming", "names"],
  "neuro.iceItems.commands": ["command", "commands"],
  "neuro.iceItems.writing": ["writing", "writes"],
  "neuro.iceItems.attention": ["attention", "counting back"],
  "labs.hemoglobinGPerDl": ["hemoglobin", "Hb"],
  "labs.leukocytesE9PerL": ["leucocytes", "white cells", "white cell count", "WBC"],
  "labs.neutrophilsE9PerL": ["neutrophils", "ANC"],
  "labs.lymphocytesE9PerL": ["lymphocytes"],
  "labs.plateletsE9PerL": ["platelet count"],
  "labs.triglyceridesMmolPerL": ["TG"],
  "labs.ldhUPerL": ["lactate dehydrogenase"],
  "labs.crpMgPerL": ["C-reactive protein"],
  "labs.dDimerNgPerMlFeu": ["D dimer"],
  "labs.solubleCd25UPerMl": ["soluble CD25", "sCD25", "sIL-2R", "soluble IL-2 receptor"],
  "labs.ptProlongationSeconds": ["PT", "prothrombin time"],
};

/** Each numeric field's words before a number: its label without the bracket, and the synonyms. */
export const NUMBER_WORDS: Readonly<Record<NumericFieldPath, readonly string[]>> = Object.fromEntries(
  (Object.keys(NUMERIC_FIELDS) as NumericFieldPath[]).map((path): [NumericFieldPath, readonly string[]] => [path, [NUMERIC_FIELDS[path].label.replace(/\s*\(.*$/, "").trim(), ...(NUMBER_SYNONYMS[path] ?? [])]]),
) as Record<NumericFieldPath, readonly string[]>;
