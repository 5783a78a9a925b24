import { validateAssessment, type Assessment, type AssessmentInput } from "@/lib/assessment";

type Sections = Omit<AssessmentInput, "schemaVersion">;

/**
 * A validated Assessment from partial sections (absent = unknown). Throws with the validation
 * problems, so a test can never run on data the schema would reject.
 */
export function assessment(sections: Sections = {}): Assessment {
  const result = validateAssessment({ schemaVersion: 1, ...sections });
  if (!result.ok) throw new Error(`invalid test assessment: ${result.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return result.assessment;
}

/** Every tri-state finding looked for and absent, every enum at its normal value: a fully known baseline. */
export const KNOWN_NORMAL: Sections = {
  context: {
    setting: "immune-effector-cell-therapy",
    ageYears: 54,
    daysSinceInfusion: 3,
    immunosuppressed: false,
    sjia: false,
    hlhMolecularDiagnosis: false,
    antipyreticOrAnticytokineGiven: false,
    feverOtherCause: false,
    crsBeforeTherapy: false,
  },
  vitals: {
    temperatureMaxC: 37.0,
    systolicBpMmHg: 120,
    diastolicBpMmHg: 75,
    heartRateBpm: 80,
    respiratoryRatePerMin: 14,
    spo2Percent: 98,
    hypotension: false,
    vasopressorsExcludingVasopressin: 0,
    vasopressin: false,
    hypotensionOtherCause: false,
    oxygenDevice: "none",
    intubatedForAirwayProtection: false,
    hypoxiaOtherCause: false,
  },
  findings: {
    chills: false, headache: false, dizziness: false, fatigue: false, malaise: false, myalgia: false,
    wateryDiarrhea: false, capillaryLeak: false, hepatomegaly: false, splenomegaly: false,
    cardiomyopathy: false, lungInjury: false, acuteKidneyInjury: false, bleeding: false, alteredMentation: false,
  },
  neuro: { iceScore: 10, capdScore: 0, consciousness: "alert", seizure: "none", motorWeakness: false, cerebralEdema: "none" },
  labs: {
    hemoglobinGPerDl: 13.5, leukocytesE9PerL: 7, neutrophilsE9PerL: 4.5, lymphocytesE9PerL: 2, plateletsE9PerL: 250,
    ferritinNgPerMl: 150, triglyceridesMmolPerL: 1.2, fibrinogenGPerL: 3.0, astUPerL: 22, altUPerL: 20, ldhUPerL: 180,
    crpMgPerL: 3, il6PgPerMl: 4, dDimerNgPerMlFeu: 300, solubleCd25UPerMl: 800, ptProlongationSeconds: 0,
    fibrinMarkerIncrease: "none", creatinineMgPerDl: 0.9,
  },
  pathology: { hemophagocytosisBoneMarrow: false, hemophagocytosisSpleenOrLymphNode: false, nkActivityLowOrAbsent: false },
};

/** The fully known baseline with some sections' fields replaced. */
export function knownWith(overrides: { [K in keyof Sections]?: Partial<NonNullable<Sections[K]>> }): Assessment {
  const merged: Record<string, unknown> = {};
  for (const key of Object.keys(KNOWN_NORMAL) as (keyof Sections)[]) {
    const base = KNOWN_NORMAL[key] as object | null | undefined;
    const over = overrides[key] as object | undefined;
    merged[key] = typeof base === "object" && base !== null ? { ...base, ...over } : (over ?? base);
  }
  return assessment(merged as Sections);
}
