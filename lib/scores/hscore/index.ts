/**
 * HScore for reactive haemophagocytic syndrome — Fardet L et al., Arthritis Rheumatol 2014
 * (`fardet-2014`), as in ../shared/clinical/INSTRUMENTS.md: points added over nine items.
 */
import { cytopeniaCount } from "../../assessment/derived";
import { meets, pointsRange, readFinding, readValue, type PointBands, type PointRange, type Threshold } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import { counted } from "../../plural";
import type { CriterionDefinition, Instrument } from "../instrument";
import { criterionFromJudgement, criterionFromRange, instrumentResult, meetsAtLeast, sumPoints, unionOfMissing } from "../result";
import type { InstrumentResult } from "../types";
import { publishedFigure, withPublishedUnit, publishedThreshold } from "../../units";
import { bandedCriterion, pointsOnEdge } from "../words";

export const HSCORE_THRESHOLD = 169;

/** The score was derived in adults: from this age it applies. */
const HSCORE_ADULT_AGE_YEARS = 18;

const HSCORE_POINTS = {
  immunosuppression: 18,
  /** one organ / both */
  organomegaly: { one: 23, both: 38 },
  /** points by number of cytopenic lineages (index = lineages: none, 1, 2, 3) */
  cytopenias: [0, 0, 24, 34],
  hemophagocytosis: 35,
} as const;

export const HSCORE_TEMPERATURE: PointBands = {
  path: "vitals.temperatureMaxC",
  unit: "°C",
  bands: [
    { comparison: ">=", value: 38.4, points: 33 },
    { comparison: ">", value: 39.4, points: 49 },
  ],
};

export const HSCORE_FERRITIN: PointBands = {
  path: "labs.ferritinNgPerMl",
  unit: "ng/mL",
  bands: [
    { comparison: ">=", value: 2000, points: 35 },
    { comparison: ">", value: 6000, points: 50 },
  ],
};

// The paper prints "4", not "4.0": no decimals kept.
export const HSCORE_TRIGLYCERIDES: PointBands = {
  path: "labs.triglyceridesMmolPerL",
  unit: "mmol/L",
  bands: [
    { comparison: ">=", value: 1.5, points: 44 },
    { comparison: ">", value: 4, points: 64 },
  ],
};

export const HSCORE_FIBRINOGEN: PointBands = {
  path: "labs.fibrinogenGPerL",
  unit: "g/L",
  bands: [{ comparison: "<=", value: 2.5, points: 30 }],
};

export const HSCORE_AST: PointBands = {
  path: "labs.astUPerL",
  unit: "U/L",
  bands: [{ comparison: ">=", value: 30, points: 19 }],
};

/** The cytopenic lineages, each named as the paper names it. */
const LINEAGES = [
  { name: "Hb", threshold: { path: "labs.hemoglobinGPerDl", comparison: "<=", value: 9.2, unit: "g/dL" } },
  { name: "leukocytes", threshold: { path: "labs.leukocytesE9PerL", comparison: "<=", value: 5.0, unit: "×10⁹/L", decimals: 1 } },
  { name: "platelets", threshold: { path: "labs.plateletsE9PerL", comparison: "<=", value: 110, unit: "×10⁹/L" } },
] as const satisfies readonly { readonly name: string; readonly threshold: Threshold }[];

const HSCORE_CYTOPENIAS: readonly Threshold[] = LINEAGES.map((l) => l.threshold);

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

const FIRST_ROW = HSCORE_PROBABILITY_TABLE[0];
const LAST_ROW = HSCORE_PROBABILITY_TABLE[HSCORE_PROBABILITY_TABLE.length - 1]!;

/** The table's statement for a score: its row, or the bracket between two rows — never interpolated. */
export function hscoreProbability(score: number): string {
  if (score <= FIRST_ROW.score) return `${FIRST_ROW.percent} (HScore ≤ ${FIRST_ROW.score})`;
  if (score >= LAST_ROW.score) return `${LAST_ROW.percent} (HScore ≥ ${LAST_ROW.score})`;
  for (let i = 1; i < HSCORE_PROBABILITY_TABLE.length; i++) {
    const upper = HSCORE_PROBABILITY_TABLE[i]!;
    const lower = HSCORE_PROBABILITY_TABLE[i - 1]!;
    if (score === upper.score) return `${upper.percent} (HScore ${upper.score})`;
    if (score < upper.score) return `between ${lower.percent} (${lower.score}) and ${upper.percent} (${upper.score})`;
  }
  return `${LAST_ROW.percent} (HScore ≥ ${LAST_ROW.score})`;
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

/** Each lineage with its threshold, then the points by how many lineages are low (as the paper lists them, from one). */
function cytopeniaWords(): string {
  const lineages = LINEAGES.map((l) => `${l.name} ${publishedThreshold(l.threshold)}`).join(", ");
  const points = LINEAGES.map((_, i) => `${counted(i + 1, "lineage")} ${HSCORE_POINTS.cytopenias[i + 1]}`).join("; ");
  return `(${lineages}): ${points}`;
}

const CRITERIA = {
  immunosuppression: {
    published: `Known underlying immunosuppression (HIV or long-term immunosuppressive therapy): ${HSCORE_POINTS.immunosuppression}`,
    fields: ["context.immunosuppressed"],
    thresholds: [],
  },
  temperature: bandedCriterion("Temperature", HSCORE_TEMPERATURE),
  organomegaly: {
    published: `Organomegaly: hepatomegaly or splenomegaly ${HSCORE_POINTS.organomegaly.one}; both ${HSCORE_POINTS.organomegaly.both}`,
    fields: ["findings.hepatomegaly", "findings.splenomegaly"],
    thresholds: [],
  },
  cytopenias: {
    published: `Cytopenias ${cytopeniaWords()}`,
    fields: HSCORE_CYTOPENIAS.map((t) => t.path),
    thresholds: HSCORE_CYTOPENIAS.map((threshold) => ({ threshold })),
  },
  ferritin: bandedCriterion("Ferritin", HSCORE_FERRITIN),
  triglycerides: bandedCriterion("Triglycerides", HSCORE_TRIGLYCERIDES),
  fibrinogen: bandedCriterion("Fibrinogen", HSCORE_FIBRINOGEN),
  ast: bandedCriterion("AST", HSCORE_AST),
  hemophagocytosis: {
    published: `Haemophagocytosis on bone-marrow aspirate: ${HSCORE_POINTS.hemophagocytosis}`,
    fields: ["pathology.hemophagocytosisBoneMarrow"],
    thresholds: [],
  },
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;

function adultApplicability(ageKnown: boolean, adult: boolean): string {
  if (!adult) return `Derived in adults; under ${HSCORE_ADULT_AGE_YEARS}, shown for teaching.`;
  return ageKnown ? "Adult (the score was derived in adults)." : "Derived in adults; age not recorded.";
}

export function hscore(assessment: Assessment): InstrumentResult<Criterion> {
  const age = readValue(assessment, "context.ageYears");
  const adult = age === undefined || age >= HSCORE_ADULT_AGE_YEARS;
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
    { id: "hscore", source: "fardet-2014", applicable: adult, applicability: adultApplicability(age !== undefined, adult), notes: [probability] },
    criteria,
    min,
    max,
    meetsAtLeast(min, max, HSCORE_THRESHOLD),
    unionOfMissing(criteria),
  );
}

/** A table's edges and what each scores: "38.4 and 39.4 °C score 33". */
function edgesScore(table: PointBands): string {
  const edges = table.bands.map((b) => ({ number: publishedFigure(b.value, table.decimals), points: pointsOnEdge(table, b.value) }));
  const [first] = edges;
  if (first !== undefined && edges.every((e) => e.points === first.points)) {
    return `${withPublishedUnit(edges.map((e) => e.number).join(" and "), first.points, table.unit)} score ${first.points}`;
  }
  return edges.map((e) => `${withPublishedUnit(e.number, e.points, table.unit)} scores ${e.points}`).join(", ");
}

/** The highest score: every item at its top. */
const topBand = (table: PointBands) => Math.max(...table.bands.map((b) => b.points));
const HSCORE_MAX =
  HSCORE_POINTS.immunosuppression +
  topBand(HSCORE_TEMPERATURE) +
  HSCORE_POINTS.organomegaly.both +
  Math.max(...HSCORE_POINTS.cytopenias) +
  topBand(HSCORE_FERRITIN) +
  topBand(HSCORE_TRIGLYCERIDES) +
  topBand(HSCORE_FIBRINOGEN) +
  topBand(HSCORE_AST) +
  HSCORE_POINTS.hemophagocytosis;

export const HSCORE = {
  id: "hscore",
  name: "HScore (Fardet 2014)",
  shortName: "HScore",
  threshold: `≥ ${HSCORE_THRESHOLD} points`,
  thresholdValue: HSCORE_THRESHOLD,
  source: "fardet-2014",
  criteria: CRITERIA,
  about: {
    introduction: "Estimates the probability of reactive (secondary) haemophagocytic syndrome in adults.",
    derivation: `Developed and validated in one French multicentre retrospective adult cohort of 312 patients (reactive haemophagocytic syndrome judged present, absent or undetermined by experts), split into a development set and a validation set — not a separate cohort; points were weighted from a logistic-regression model's coefficients. Cut-off ${HSCORE_THRESHOLD}: sensitivity 93 %, specificity 86 % in the derivation paper.`,
    interpretation: `0–${HSCORE_MAX} points. The paper publishes a table of probabilities by score (${FIRST_ROW.percent} at ≤ ${FIRST_ROW.score} to ${LAST_ROW.percent} at ≥ ${LAST_ROW.score}); crs-screen quotes the table's rows and brackets between rows, never a fitted curve.`,
    conventions: [
      `Band edges are as published: ${edgesScore(HSCORE_TEMPERATURE)}; ferritin ${edgesScore(HSCORE_FERRITIN)}; triglycerides ${edgesScore(HSCORE_TRIGLYCERIDES)}.`,
    ],
  },
  pattern: "hlh",
  scale: { kind: "points" },
  picture: "hscore-scale",
  score: hscore,
} as const satisfies Instrument<"hscore", Criterion>;
