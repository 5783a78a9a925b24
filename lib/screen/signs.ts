/**
 * The clinical signs the mechanisms panel talks about, each judged from the Assessment
 * (observed / looked for and absent / not assessed). Thresholds for laboratory signs are borrowed
 * from the instruments that publish them, and say so.
 */
import { publishedThreshold } from "../units";
import { ASTCT_FEVER, astctFever, hypotension, oxygenClasses } from "../assessment/derived";
import { anyOf, open, settled, type Judgement } from "../assessment/judgement";
import type { TriStateFieldPath } from "../assessment/fields";
import { meets, readChoice, readFinding, type PointBands, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { CHIS_THRESHOLDS } from "../scores/chis";
import { ISTH_DIC_THRESHOLD, ISTH_FIBRINOGEN, ISTH_PT } from "../scores/isth-dic";
import type { InstrumentResult } from "../scores/types";

export const SIGN_IDS = [
  "fever",
  "chills",
  "headache",
  "dizziness",
  "fatigue",
  "malaise",
  "watery-diarrhea",
  "capillary-leak",
  "cardiomyopathy",
  "lung-injury",
  "dic",
  "il6-crp-raised",
  "hypotension",
  "coagulopathy",
] as const;
export type SignId = (typeof SIGN_IDS)[number];

/** The threshold at which a points table starts to score (ISTH's PT ≥ 3 s, fibrinogen < 1.0 g/L). */
function firstBand({ path, unit, decimals, bands }: PointBands): Threshold {
  const { comparison, value } = bands[0]!;
  return { path, comparison, value, unit, decimals };
}

/**
 * Coagulation data that point to a coagulopathy on their own (issue 15: not platelets alone — a low
 * count has many causes, and counts in HScore, HLH-2004, cHIS and ISTH already). Borrowed cut-offs,
 * each from the instrument that publishes it: PT ≥ 3 s and fibrinogen < 1.0 g/L are ISTH overt-DIC
 * items (`taylor-2001`); D-dimer ≥ 1.5 µg/mL FEU is cHIS's coagulopathy domain (`webb-2020`).
 */
const COAGULOPATHY = {
  pt: firstBand(ISTH_PT),
  fibrinogen: firstBand(ISTH_FIBRINOGEN),
  dDimer: CHIS_THRESHOLDS.dDimer,
} as const satisfies Record<string, Threshold>;

export const SIGN_LABELS = {
  fever: `Fever (${publishedThreshold(ASTCT_FEVER)}, not attributable to another cause)`,
  chills: "Chills",
  headache: "Headache",
  dizziness: "Dizziness",
  fatigue: "Fatigue",
  malaise: "Malaise",
  "watery-diarrhea": "Watery diarrhoea",
  "capillary-leak": "Capillary (vascular) leak",
  cardiomyopathy: "Cardiomyopathy",
  "lung-injury": "Lung injury or an oxygen need",
  dic: `Disseminated intravascular coagulation (ISTH overt DIC ≥ ${ISTH_DIC_THRESHOLD})`,
  "il6-crp-raised": `Raised IL-6 (${publishedThreshold(CHIS_THRESHOLDS.il6)}) or CRP (${publishedThreshold(CHIS_THRESHOLDS.crp)}), as in cHIS — supporting only`,
  hypotension: "Hypotension",
  coagulopathy: `Coagulopathy from coagulation data, not platelets alone: PT prolonged ${publishedThreshold(COAGULOPATHY.pt)} or fibrinogen ${publishedThreshold(COAGULOPATHY.fibrinogen)} (ISTH items), D-dimer ${publishedThreshold(COAGULOPATHY.dDimer)} (cHIS) or a strong fibrin-marker increase (ISTH), or bleeding`,
} as const satisfies Record<SignId, string>;

/**
 * Judges one sign from the assessment; the ISTH overt DIC result, scored already, is passed along
 * for the DIC sign.
 */
export type SignJudge = (assessment: Assessment, isthDic: InstrumentResult) => Judgement;

/** A sign that is one recorded finding. */
const finding = (path: TriStateFieldPath): SignJudge => (a) => readFinding(a, path);

/** ISTH's strongest fibrin-related-marker band ("strong increase", 3 points; `taylor-2001`). */
function fibrinMarkerStrong(assessment: Assessment): Judgement {
  const marker = readChoice(assessment, "labs.fibrinMarkerIncrease");
  if (marker.values.every((v) => v === "strong")) return settled(true);
  if (marker.values.every((v) => v !== "strong")) return settled(false);
  return open("labs.fibrinMarkerIncrease");
}

function oxygenNeed(assessment: Assessment): Judgement {
  const oxygen = oxygenClasses(assessment);
  if (oxygen.classes.every((c) => c !== "none")) return settled(true);
  if (oxygen.classes.every((c) => c === "none")) return settled(false);
  return open(...oxygen.missing);
}

function fromThreshold(met: boolean | null, missing: readonly string[]): Judgement {
  return met === null ? open(...missing) : settled(met);
}

export const SIGNS = {
  fever: astctFever,
  chills: finding("findings.chills"),
  headache: finding("findings.headache"),
  dizziness: finding("findings.dizziness"),
  fatigue: finding("findings.fatigue"),
  malaise: finding("findings.malaise"),
  "watery-diarrhea": finding("findings.wateryDiarrhea"),
  "capillary-leak": finding("findings.capillaryLeak"),
  cardiomyopathy: finding("findings.cardiomyopathy"),
  "lung-injury": (a) => anyOf(readFinding(a, "findings.lungInjury"), oxygenNeed(a)),
  dic: (_a, isthDic) => fromThreshold(isthDic.meetsThreshold, isthDic.missing),
  "il6-crp-raised": (a) => anyOf(meets(a, CHIS_THRESHOLDS.il6), meets(a, CHIS_THRESHOLDS.crp)),
  hypotension,
  coagulopathy: (a) =>
    anyOf(meets(a, COAGULOPATHY.pt), meets(a, COAGULOPATHY.fibrinogen), meets(a, COAGULOPATHY.dDimer), fibrinMarkerStrong(a), readFinding(a, "findings.bleeding")),
} as const satisfies Record<SignId, SignJudge>;
