/**
 * What each instrument is, as data the UI renders: its name with version and year, its published
 * threshold, its criteria as published (thresholds in the published unit), and the "about this
 * instrument" text — introduction, calculation, interpretation, conventions. Sources in
 * ../shared/clinical/INSTRUMENTS.md and lib/sources.
 */
import type { SourceKey } from "../sources/registry";
import type { InstrumentId } from "./types";

export interface InstrumentDefinition {
  readonly name: string;
  readonly shortName: string;
  readonly threshold: string;
  readonly source: SourceKey;
  /** Criterion id → the criterion as published. */
  readonly criteria: Readonly<Record<string, string>>;
  readonly about: {
    readonly introduction: string;
    readonly derivation: string;
    readonly interpretation: string;
    /** Where crs-screen resolves what the paper leaves open. */
    readonly conventions: readonly string[];
  };
}

export const INSTRUMENT_DEFINITIONS = {
  "astct-crs": {
    name: "ASTCT CRS grade (2019 consensus)",
    shortName: "ASTCT CRS",
    threshold: "grade ≥ 1",
    source: "lee-2019",
    criteria: {
      fever: "Fever ≥ 38.0 °C not attributable to another cause (grade 1 by itself)",
      "fever-not-required":
        "CRS present, then antipyretic or anti-cytokine therapy given (tocilizumab, corticosteroids): fever no longer required to grade its subsequent severity",
      hypotension:
        "Hypotension not attributable to another cause: not requiring vasopressors → grade 2; one vasopressor with or without vasopressin → 3; several vasopressors (vasopressin excluded) → 4",
      hypoxia:
        "Hypoxia not attributable to another cause: low-flow oxygen (nasal cannula ≤ 6 L/min, blow-by) → grade 2; high-flow (nasal cannula > 6 L/min, HFNC, facemask, non-rebreather, Venturi) → 3; positive pressure (CPAP, BiPAP, ventilation) → 4",
    },
    about: {
      introduction: "Grades cytokine release syndrome after immune effector cell therapy (CAR-T cells, bispecific T-cell engagers).",
      derivation:
        "A consensus of the American Society for Transplantation and Cellular Therapy (2018 meeting, published 2019) that replaced the earlier, divergent scales (including the 2014 Lee criteria) with one grading built on fever, hypotension and hypoxia.",
      interpretation: "Grade = the more severe of hypotension and hypoxia, given fever. Organ toxicities are managed but do not change the grade.",
      conventions: [
        "CRS is a diagnosis of exclusion: fever, hypotension and hypoxia grade only when not attributable to any other cause (Lee 2019, Table 6 footnotes). A sign whose cause was not recorded leaves the grade open between both readings, and the result names the answer that decides it.",
        "Fever is no longer required only in patients who had CRS and then received antipyretic or anti-cytokine therapy (Lee 2019). Given before any CRS, such therapy masks fever but does not waive it: an afebrile patient on a vasopressor is then not graded as CRS — infection comes first.",
        "Hypoxia is read from the oxygen device and flow (the contract's oxygen class); SpO₂ alone does not grade.",
        "Hypotension derived from blood pressure uses the AHA/PALS 2010 cut-offs by age (SBP < 60 mmHg to 28 days, < 70 to 1 year, < 70 + 2 × completed years from 1 to 10, < 90 from 10); adults (≥ 18) are also hypotensive at MAP < 65 mmHg — our convention, not PALS. With age unknown the derived answer is open between SBP 60 and 90.",
        "Mechanical ventilation recorded as started to protect the airway (e.g. in ICANS), not for hypoxia, is not counted as CRS hypoxia. This is crs-screen's convention: Lee 2019 itself lists positive pressure (CPAP, BiPAP, intubation, mechanical ventilation) in the hypoxia row.",
      ],
    },
  },
  "astct-icans": {
    name: "ASTCT ICANS grade (2019 consensus)",
    shortName: "ASTCT ICANS",
    threshold: "grade ≥ 1",
    source: "lee-2019",
    criteria: {
      ice: "ICE score (age ≥ 12): 7–9 → grade 1; 3–6 → 2; 0–2 → 3",
      capd: "CAPD total (age < 12): 1–8 → grade 1 (consciousness decides 1 or 2); ≥ 9 → 3",
      "ice-or-capd": "ICE (age ≥ 12) or CAPD (age < 12) — age not recorded: ICE 7–9 → 1, 3–6 → 2, 0–2 → 3; CAPD 1–8 → 1, ≥ 9 → 3",
      consciousness: "Depressed consciousness: awakens spontaneously → 1; to voice → 2; only to touch → 3; unarousable, stupor or coma → 4",
      seizure:
        "Seizure: any that resolves rapidly, or non-convulsive on EEG resolving with intervention → 3; prolonged (> 5 min) or repetitive without return to baseline → 4",
      motor: "Deep focal motor weakness (hemiparesis, paraparesis) → 4",
      "cerebral-edema":
        "Raised ICP / cerebral oedema: focal oedema on imaging → 3; diffuse oedema, posturing, CN VI palsy, papilledema or Cushing's triad → 4",
    },
    about: {
      introduction: "Grades immune effector cell-associated neurotoxicity syndrome (ICANS).",
      derivation:
        "The same 2019 ASTCT consensus; the 10-point ICE screen (orientation 4, naming 3, commands 1, writing 1, attention 1) refines the earlier CARTOX-10.",
      interpretation:
        "Grade = the most severe domain. ICE is for adults and children aged ≥ 12; under 12 the Cornell Assessment of Pediatric Delirium (CAPD, 0–32) replaces it: ≥ 9 is grade 3, below 9 grade 1–2 with the level of consciousness deciding between them.",
      conventions: [
        "A child of exactly 12.0 years is assessed with ICE (ASCO 2021: CAPD for age < 12); one terminology source says CAPD “for children 12 and under”.",
        "CAPD 0 with no other abnormal domain is grade 0, as ICE 10 is (whether Lee 2019 prints the band as “< 9” or “1–8” was not read).",
        "“Unable to perform CAPD” is grade 4 only when ICANS causes it; the Assessment format has no field for it, so record the level of consciousness instead (unarousable → grade 4). When sedation explains it, the CAPD is not assessable, not grade 4.",
        "crs-screen lets each ICE item be marked not assessable (language, vision or hearing barrier): ICE then becomes a range over that item's points, and the adaptation is reported.",
      ],
    },
  },
  hscore: {
    name: "HScore (Fardet 2014)",
    shortName: "HScore",
    threshold: "≥ 169 points",
    source: "fardet-2014",
    criteria: {
      immunosuppression: "Known underlying immunosuppression (HIV or long-term immunosuppressive therapy): 18",
      temperature: "Temperature: < 38.4 °C 0; 38.4–39.4 °C 33; > 39.4 °C 49",
      organomegaly: "Organomegaly: hepatomegaly or splenomegaly 23; both 38",
      cytopenias: "Cytopenias (Hb ≤ 9.2 g/dL, leukocytes ≤ 5.0 ×10⁹/L, platelets ≤ 110 ×10⁹/L): 1 lineage 0; 2 lineages 24; 3 lineages 34",
      ferritin: "Ferritin: < 2000 ng/mL 0; 2000–6000 ng/mL 35; > 6000 ng/mL 50",
      triglycerides: "Triglycerides: < 1.5 mmol/L 0; 1.5–4 mmol/L 44; > 4 mmol/L 64",
      fibrinogen: "Fibrinogen: > 2.5 g/L 0; ≤ 2.5 g/L 30",
      ast: "AST: < 30 U/L 0; ≥ 30 U/L 19",
      hemophagocytosis: "Haemophagocytosis on bone-marrow aspirate: 35",
    },
    about: {
      introduction: "Estimates the probability of reactive (secondary) haemophagocytic syndrome in adults.",
      derivation:
        "Developed and validated in one French multicentre retrospective adult cohort of 312 patients (reactive haemophagocytic syndrome judged present, absent or undetermined by experts), split into a development set and a validation set — not a separate cohort; points were weighted from a logistic-regression model's coefficients. Cut-off 169: sensitivity 93 %, specificity 86 % in the derivation paper.",
      interpretation:
        "0–337 points. The paper publishes a table of probabilities by score (< 1 % at ≤ 90 to > 99 % at ≥ 250); crs-screen quotes the table's rows and brackets between rows, never a fitted curve.",
      conventions: ["Band edges are as published: 38.4 and 39.4 °C score 33; ferritin 2000 and 6000 ng/mL score 35; triglycerides 1.5 and 4 mmol/L score 44."],
    },
  },
  "hlh-2004": {
    name: "HLH-2004 diagnostic criteria (Henter 2007)",
    shortName: "HLH-2004",
    threshold: "≥ 5 of 8 criteria, or a molecular diagnosis consistent with HLH",
    source: "henter-2007",
    criteria: {
      fever: "Fever ≥ 38.5 °C (convention; the paper gives no number)",
      splenomegaly: "Splenomegaly",
      cytopenias: "Cytopenias in ≥ 2 of 3 lineages: Hb < 90 g/L (infants < 4 weeks: < 100 g/L), platelets < 100 ×10⁹/L, neutrophils < 1.0 ×10⁹/L",
      "triglycerides-or-fibrinogen": "Hypertriglyceridaemia (fasting ≥ 3.0 mmol/L, i.e. ≥ 265 mg/dL) and/or hypofibrinogenaemia (≤ 1.5 g/L)",
      hemophagocytosis: "Haemophagocytosis in bone marrow, spleen or lymph nodes (no evidence of malignancy)",
      "nk-activity": "Low or absent NK-cell activity",
      ferritin: "Ferritin ≥ 500 ng/mL",
      "soluble-cd25": "Soluble CD25 (sIL-2 receptor) ≥ 2400 U/mL",
    },
    about: {
      introduction: "The Histiocyte Society's diagnostic criteria for haemophagocytic lymphohistiocytosis.",
      derivation: "Written for the HLH-2004 treatment study in children by expert consensus; widely applied to adults, where its sensitivity is lower than the HScore's.",
      interpretation:
        "A molecular diagnosis consistent with HLH (criterion A, Table I), or at least 5 of the 8 clinical and laboratory criteria. A family history alone is not criterion A: it was HLH-94's “familial disease”.",
      conventions: [
        "Fever: the paper gives no number; crs-screen uses ≥ 38.5 °C, the convention of later HLH guidance.",
        "Triglycerides: ≥ 3.0 mmol/L and ≥ 265 mg/dL are both published (265 mg/dL = 2.992 mmol/L); a value meeting either counts.",
        "Infants < 4 weeks (age < 28/365.25 years): Hb < 100 g/L.",
      ],
    },
  },
  chis: {
    name: "cHIS — COVID-19-associated hyperinflammatory syndrome criteria (Webb 2020)",
    shortName: "cHIS",
    threshold: "≥ 3 of 6 criteria (crs-screen's convention)",
    source: "webb-2020",
    criteria: {
      fever: "Fever: temperature > 38.0 °C",
      "macrophage-activation": "Macrophage activation: ferritin ≥ 700 ng/mL",
      "haematological-dysfunction": "Haematological dysfunction: neutrophil/lymphocyte ratio ≥ 10, or both Hb ≤ 9.2 g/dL and platelets ≤ 110 ×10⁹/L",
      coagulopathy: "Coagulopathy: D-dimer ≥ 1.5 µg/mL FEU",
      "hepatic-injury": "Hepatic injury: LDH ≥ 400 U/L or AST ≥ 100 U/L",
      cytokinaemia: "Cytokinaemia: IL-6 ≥ 15 pg/mL, or triglycerides ≥ 150 mg/dL, or CRP ≥ 15 mg/dL",
    },
    about: {
      introduction: "Six criteria for a hyperinflammatory syndrome in hospitalised patients with COVID-19.",
      derivation:
        "Derived in a US cohort (Intermountain) from the HLH/MAS literature and validated against in-hospital mortality and mechanical ventilation in 299 patients; the maximum daily score discriminated mortality with an AUC of 0.81.",
      interpretation:
        "Risk rose with each criterion met. Read the score itself, not only the flag. Applies in COVID-19 only: in another viral infection (influenza, EBV, …) it is shown for teaching and marked not applicable.",
      conventions: [
        "The flag at ≥ 3 is crs-screen's convention: the derivation cohort reported worse outcomes from ≥ 2; validation cohorts used ≥ 3 for mortality and ≥ 2 for ventilation.",
        "The thresholds are those commonly reproduced from the paper's Table 1; crs-screen could not check them against the full text (only the abstract, which confirms the six domains and their markers).",
        "No lymphocytes with neutrophils present counts as an infinite ratio (met); no neutrophils and no lymphocytes counts as a ratio of 0 (not met).",
      ],
    },
  },
  "mas-2016": {
    name: "MAS in sJIA — 2016 classification criteria (Ravelli 2016)",
    shortName: "MAS-2016",
    threshold: "ferritin > 684 ng/mL and ≥ 2 of 4 laboratory criteria",
    source: "ravelli-2016",
    criteria: {
      ferritin: "Ferritin > 684 ng/mL (required)",
      platelets: "Platelets ≤ 181 ×10⁹/L",
      ast: "AST > 48 U/L",
      triglycerides: "Triglycerides > 156 mg/dL",
      fibrinogen: "Fibrinogen ≤ 360 mg/dL",
    },
    about: {
      introduction: "EULAR/ACR/PRINTO classification criteria for macrophage activation syndrome complicating systemic juvenile idiopathic arthritis.",
      derivation: "Built by international expert consensus (Delphi and nominal group) and tested on patient profiles of MAS versus active sJIA or systemic infection.",
      interpretation: "A febrile patient with known or suspected sJIA is classified as having MAS with ferritin > 684 ng/mL and any 2 of the 4 laboratory criteria.",
      conventions: [
        "`value` counts the 4 laboratory criteria; ferritin is the entry condition.",
        "The criteria classify a febrile patient; the paper sets no number, so crs-screen reads febrile as ≥ 38.0 °C and treats an afebrile patient as outside the criteria (shown for teaching).",
      ],
    },
  },
  "isth-dic": {
    name: "ISTH overt DIC score (Taylor 2001)",
    shortName: "ISTH DIC",
    threshold: "≥ 5 points: compatible with overt DIC",
    source: "taylor-2001",
    criteria: {
      platelets: "Platelets: ≥ 100 ×10⁹/L 0; 50 to < 100 ×10⁹/L 1; < 50 ×10⁹/L 2",
      "fibrin-marker": "Fibrin-related marker (e.g. D-dimer): no increase 0; moderate 2; strong 3",
      pt: "Prolonged PT: < 3 s 0; 3 to < 6 s 1; ≥ 6 s 2",
      fibrinogen: "Fibrinogen: ≥ 1.0 g/L 0; < 1.0 g/L 1",
    },
    about: {
      introduction: "The International Society on Thrombosis and Haemostasis score for overt disseminated intravascular coagulation.",
      derivation: "Proposed by the ISTH Scientific Subcommittee on DIC (2001) from global coagulation tests; later validated in intensive care cohorts.",
      interpretation: "Use only with an underlying disorder known to be associated with DIC. ≥ 5 is compatible with overt DIC; < 5 suggests non-overt DIC — repeat in 1–2 days.",
      conventions: [
        "Taylor 2001 leaves boundary values open; crs-screen scores them as the most widely used calculator does: platelets exactly 100 → 0 and exactly 50 → 1; PT exactly 3 s → 1 and exactly 6 s → 2; fibrinogen exactly 1.0 g/L → 0.",
      ],
    },
  },
  qsofa: {
    name: "qSOFA (Sepsis-3, 2016)",
    shortName: "qSOFA",
    threshold: "≥ 2 of 3 in adults: consider sepsis",
    source: "seymour-2016",
    criteria: {
      "respiratory-rate": "Respiratory rate ≥ 22/min",
      "altered-mentation": "Altered mentation (GCS < 15)",
      "systolic-bp": "Systolic blood pressure ≤ 100 mmHg",
    },
    about: {
      introduction: "A bedside prompt to consider sepsis in adults with suspected infection.",
      derivation: "Derived and validated in adults, in large US and German electronic-record cohorts, for the Sepsis-3 definitions (2016).",
      interpretation:
        "In adults (18 or over), ≥ 2 prompts a sepsis work-up. Under 18 it does not apply: it is shown for teaching and prompts nothing, and paediatric sepsis criteria differ (the Phoenix Sepsis Criteria, Schlapbach 2024). Shown as a differential — sepsis mimics and coexists with cytokine storm — never as a cytokine-storm criterion.",
      conventions: ["Altered mentation: the finding when recorded; otherwise a patient who awakens only to voice or touch, or not at all, counts (GCS < 15); alert or drowsy leave it open."],
    },
  },
} as const satisfies Record<InstrumentId, InstrumentDefinition>;

export function criterionLabel(instrument: InstrumentId, criterion: string): string {
  const criteria: Readonly<Record<string, string>> = INSTRUMENT_DEFINITIONS[instrument].criteria;
  return criteria[criterion] ?? criterion;
}

/** The fixed part of an instrument's result: id, name, threshold in words, source. */
export function definitionOf<I extends InstrumentId>(id: I) {
  const d = INSTRUMENT_DEFINITIONS[id];
  return { id, name: d.name, threshold: d.threshold, source: d.source } as const;
}
