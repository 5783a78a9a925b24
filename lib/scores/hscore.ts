/**
 * HScore for reactive haemophagocytic syndrome — Fardet L et al., Arthritis Rheumatol 2014
 * (`fardet-2014`), as in ../shared/clinical/INSTRUMENTS.md. 0–337 points; cut-off 169.
 */
import { cytopeniaCount } from "../assessment/derived";
import { meets, pointsRange, readFinding, readValue, type PointBands, type PointRange, type Threshold } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { criterionFromJudgement, criterionFromRange, instrumentResult, meetsAtLeast, sumPoints, unionOfMissing } from "./result";
import type { InstrumentResult } from "./types";

export const HSCORE_THRESHOLD = 169;

export const HSCORE_POINTS = {
  immunosuppression: 18,
  /** one organ / both */
  organomegaly: { one: 23, both: 38 },
  /** points by number of cytopenic lineages: 1 → 0, 2 → 24, 3 → 34 */
  cytopenias: [0, 0, 24, 34],
  hemophagocytosis: 35,
} as const;

/** Temperature °C: < 38.4 → 0; 38.4–39.4 → 33; > 39.4 → 49. */
export const HSCORE_TEMPERATURE: PointBands = {
  path: "vitals.temperatureMaxC",
  unit: "°C",
  bands: [
    { comparison: ">=", value: 38.4, points: 33 },
    { comparison: ">", value: 39.4, points: 49 },
  ],
};

/** Ferritin ng/mL: < 2000 → 0; 2000–6000 → 35; > 6000 → 50. */
export const HSCORE_FERRITIN: PointBands = {
  path: "labs.ferritinNgPerMl",
  unit: "ng/mL",
  bands: [
    { comparison: ">=", value: 2000, points: 35 },
    { comparison: ">", value: 6000, points: 50 },
  ],
};

/** Triglycerides mmol/L: < 1.5 → 0; 1.5–4 → 44; > 4 → 64. */
export const HSCORE_TRIGLYCERIDES: PointBands = {
  path: "labs.triglyceridesMmolPerL",
  unit: "mmol/L",
  bands: [
    { comparison: ">=", value: 1.5, points: 44 },
    { comparison: ">", value: 4, points: 64 },
  ],
};

/** Fibrinogen g/L: > 2.5 → 0; ≤ 2.5 → 30. */
export const HSCORE_FIBRINOGEN: PointBands = {
  path: "labs.fibrinogenGPerL",
  unit: "g/L",
  bands: [{ comparison: "<=", value: 2.5, points: 30 }],
};

/** AST U/L: < 30 → 0; ≥ 30 → 19. */
export const HSCORE_AST: PointBands = {
  path: "labs.astUPerL",
  unit: "U/L",
  bands: [{ comparison: ">=", value: 30, points: 19 }],
};

/** Cytopenic lineages: Hb ≤ 9.2 g/dL, leukocytes ≤ 5.0 ×10⁹/L, platelets ≤ 110 ×10⁹/L. */
export const HSCORE_CYTOPENIAS: readonly Threshold[] = [
  { path: "labs.hemoglobinGPerDl", comparison: "<=", value: 9.2, unit: "g/dL" },
  { path: "labs.leukocytesE9PerL", comparison: "<=", value: 5.0, unit: "×10⁹/L" },
  { path: "labs.plateletsE9PerL", comparison: "<=", value: 110, unit: "×10⁹/L" },
];

/**
 * Probability of reactive haemophagocytic syndrome by HScore — the paper's table, rows as
 * published (no formula is published; the logistic some clones ship contradicts the table).
 */
export const HSCORE_PROBABILITY_TABLE = [
  { score: 90, percent: "< 1 %" },
  { score: 100, percent: "1 %" },
  { score: 110, percent: "3 %" },
  { score: 120, percent: "5 %" },
  { score: 130, percent: "9 %" },
  { score: 140, percent: "16 %" },
  { score: 150, percent: "25 %" },
  { score: 160, percent: "40 %" },
  { score: 170, percent: "54 %" },
  { score: 180, percent: "70 %" },
  { score: 190, percent: "80 %" },
  { score: 200, percent: "88 %" },
  { score: 210, percent: "93 %" },
  { score: 220, percent: "96 %" },
  { score: 230, percent: "98 %" },
  { score: 240, percent: "99 %" },
  { score: 250, percent: "> 99 %" },
] as const;

/** The table's statement for a score: its row, or the bracket between two rows — never interpolated. */
export function hscoreProbability(score: number): string {
  const first = HSCORE_PROBABILITY_TABLE[0];
  const last = HSCORE_PROBABILITY_TABLE[HSCORE_PROBABILITY_TABLE.length - 1]!;
  if (score <= first.score) return `${first.percent} (HScore ≤ ${first.score})`;
  if (score >= last.score) return `${last.percent} (HScore ≥ ${last.score})`;
  for (let i = 1; i < HSCORE_PROBABILITY_TABLE.length; i++) {
    const upper = HSCORE_PROBABILITY_TABLE[i]!;
    const lower = HSCORE_PROBABILITY_TABLE[i - 1]!;
    if (score === upper.score) return `${upper.percent} (HScore ${upper.score})`;
    if (score < upper.score) return `between ${lower.percent} (${lower.score}) and ${upper.percent} (${upper.score})`;
  }
  return `${last.percent} (HScore ≥ ${last.score})`;
}

/** Points by number of enlarged organs (none, one, both). */
const ORGANOMEGALY_POINTS = [0, HSCORE_POINTS.organomegaly.one, HSCORE_POINTS.organomegaly.both] as const;

/** Hepatomegaly, splenomegaly or both. Points rise with each organ, so the lowest and highest completions decide. */
function organomegaly(assessment: Assessment): PointRange {
  const liver = readFinding(assessment, "findings.hepatomegaly");
  const spleen = readFinding(assessment, "findings.splenomegaly");
  const points = (l: boolean, s: boolean) => ORGANOMEGALY_POINTS[Number(l) + Number(s)]!;
  return {
    min: points(liver.value === true, spleen.value === true),
    max: points(liver.value !== false, spleen.value !== false),
    missing: [...liver.missing, ...spleen.missing],
  };
}

/** Points by the number of cytopenic lineages (HSCORE_CYTOPENIAS). */
function cytopenias(assessment: Assessment): PointRange {
  const count = cytopeniaCount(HSCORE_CYTOPENIAS.map((t) => meets(assessment, t)));
  const points = (n: number) => HSCORE_POINTS.cytopenias[n] ?? 0;
  return { min: points(count.min), max: points(count.max), missing: count.missing };
}

function adultApplicability(ageKnown: boolean, adult: boolean): string {
  if (!adult) return "Derived in adults; under 18, shown for teaching.";
  return ageKnown ? "Adult (the score was derived in adults)." : "Derived in adults; age not recorded.";
}

export function hscore(assessment: Assessment): InstrumentResult {
  const age = readValue(assessment, "context.ageYears");
  const adult = age === undefined || age >= 18;
  const criteria = [
    criterionFromJudgement("immunosuppression", readFinding(assessment, "context.immunosuppressed"), HSCORE_POINTS.immunosuppression),
    criterionFromRange("temperature", pointsRange(assessment, HSCORE_TEMPERATURE)),
    criterionFromRange("organomegaly", organomegaly(assessment)),
    criterionFromRange("cytopenias", cytopenias(assessment)),
    criterionFromRange("ferritin", pointsRange(assessment, HSCORE_FERRITIN)),
    criterionFromRange("triglycerides", pointsRange(assessment, HSCORE_TRIGLYCERIDES)),
    criterionFromRange("fibrinogen", pointsRange(assessment, HSCORE_FIBRINOGEN)),
    criterionFromRange("ast", pointsRange(assessment, HSCORE_AST)),
    criterionFromJudgement("hemophagocytosis", readFinding(assessment, "pathology.hemophagocytosisBoneMarrow"), HSCORE_POINTS.hemophagocytosis),
  ];
  const { min, max } = sumPoints(criteria);
  const probability =
    min === max
      ? `Probability (the paper's table): ${hscoreProbability(min)}.`
      : `Probability (the paper's table): ${hscoreProbability(min)} at ${min} to ${hscoreProbability(max)} at ${max} points.`;
  return instrumentResult(
    { id: "hscore", applicable: adult, applicability: adultApplicability(age !== undefined, adult), notes: [probability] },
    criteria,
    min,
    max,
    meetsAtLeast(min, max, HSCORE_THRESHOLD),
    unionOfMissing(criteria),
  );
}
