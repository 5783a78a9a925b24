/**
 * ISTH overt DIC score — Taylor FB Jr et al., Thromb Haemost 2001 (`taylor-2001`): points added
 * over four items. Boundaries Taylor leaves open follow crs-screen's convention
 * (../shared/clinical/INSTRUMENTS.md), stated in the "about" text.
 */
import { pointsRange, readChoice, type PointBands, type PointRange } from "../../assessment/read";
import type { Assessment } from "../../assessment/schema";
import type { CriterionDefinition, Instrument } from "../instrument";
import { additiveResult, criterionFromRange, meetsAtLeast } from "../result";
import type { InstrumentResult } from "../types";
import { publishedFigure, withPublishedUnit } from "../../units";
import { bandedCriterion, pointsOnEdge } from "../words";

/** Compatible with overt DIC from this score. */
export const ISTH_DIC_THRESHOLD = 5;

// Each boundary value scores the band its comparison puts it in (convention, see the "about" text).
export const ISTH_PLATELETS: PointBands = {
  path: "labs.plateletsE9PerL",
  unit: "×10⁹/L",
  bands: [
    { comparison: "<", value: 100, points: 1 },
    { comparison: "<", value: 50, points: 2 },
  ],
};

export const ISTH_PT: PointBands = {
  path: "labs.ptProlongationSeconds",
  unit: "s",
  bands: [
    { comparison: ">=", value: 3, points: 1 },
    { comparison: ">=", value: 6, points: 2 },
  ],
};

export const ISTH_FIBRINOGEN: PointBands = {
  path: "labs.fibrinogenGPerL",
  unit: "g/L",
  decimals: 1,
  bands: [{ comparison: "<", value: 1.0, points: 1 }],
};

const ISTH_FIBRIN_MARKER_POINTS = { none: 0, moderate: 2, strong: 3 } as const;

/** The fibrin-related marker's options, as the paper names them. */
const FIBRIN_MARKER_WORDS = { none: "no increase", moderate: "moderate", strong: "strong" } as const satisfies Record<keyof typeof ISTH_FIBRIN_MARKER_POINTS, string>;



const CRITERIA = {
  platelets: bandedCriterion("Platelets", ISTH_PLATELETS),
  "fibrin-marker": {
    published: `Fibrin-related marker (e.g. D-dimer): ${(Object.keys(ISTH_FIBRIN_MARKER_POINTS) as (keyof typeof ISTH_FIBRIN_MARKER_POINTS)[])
      .map((option) => `${FIBRIN_MARKER_WORDS[option]} ${ISTH_FIBRIN_MARKER_POINTS[option]}`)
      .join("; ")}`,
    fields: ["labs.fibrinMarkerIncrease"],
    thresholds: [],
  },
  pt: bandedCriterion("Prolonged PT", ISTH_PT),
  fibrinogen: bandedCriterion("Fibrinogen", ISTH_FIBRINOGEN),
} as const satisfies Record<string, CriterionDefinition>;
type Criterion = keyof typeof CRITERIA;

/** The points the fibrin-related marker can still score: the option's, or every option's when unknown. */
function fibrinMarker(assessment: Assessment): PointRange {
  const marker = readChoice(assessment, "labs.fibrinMarkerIncrease");
  const possible = marker.values.map((value) => ISTH_FIBRIN_MARKER_POINTS[value]);
  return { min: Math.min(...possible), max: Math.max(...possible), missing: marker.known ? [] : ["labs.fibrinMarkerIncrease"] };
}

export function isthDic(assessment: Assessment): InstrumentResult<Criterion> {
  const setting = assessment.context?.setting;
  const applicable = setting != null && setting !== "other";
  const criteria = [
    criterionFromRange("platelets", pointsRange(assessment, ISTH_PLATELETS)),
    criterionFromRange("fibrin-marker", fibrinMarker(assessment)),
    criterionFromRange("pt", pointsRange(assessment, ISTH_PT)),
    criterionFromRange("fibrinogen", pointsRange(assessment, ISTH_FIBRINOGEN)),
  ];
  return additiveResult(
    {
      id: "isth-dic",
      source: "taylor-2001",
      applicable,
      applicability: applicable ? "Assumes an underlying disorder associated with DIC (setting)." : "Needs an underlying disorder associated with DIC; the setting does not establish one.",
      notes: [],
    },
    criteria,
    (min, max) => meetsAtLeast(min, max, ISTH_DIC_THRESHOLD),
  );
}

/** A value exactly on a band's edge, and what the table scores it: "exactly 3 s → 1" (the number alone when `unit` is false). */
function onEdge(table: PointBands, value: number, unit = true): string {
  const points = pointsOnEdge(table, value);
  const number = publishedFigure(value, table.decimals);
  return `exactly ${unit ? withPublishedUnit(number, value, table.unit) : number} → ${points}`;
}

/** Every edge of a table: "exactly 3 s → 1 and exactly 6 s → 2". */
function edges(table: PointBands, unit = true): string {
  return table.bands.map((b) => onEdge(table, b.value, unit)).join(" and ");
}

export const ISTH_DIC = {
  id: "isth-dic",
  name: "ISTH overt DIC score (Taylor 2001)",
  shortName: "ISTH DIC",
  threshold: `≥ ${ISTH_DIC_THRESHOLD} points: compatible with overt DIC`,
  thresholdValue: ISTH_DIC_THRESHOLD,
  source: "taylor-2001",
  criteria: CRITERIA,
  about: {
    introduction: "The International Society on Thrombosis and Haemostasis score for overt disseminated intravascular coagulation.",
    derivation: "Proposed by the ISTH Scientific Subcommittee on DIC (2001) from global coagulation tests; later validated in intensive care cohorts.",
    interpretation: `Use only with an underlying disorder known to be associated with DIC. ≥ ${ISTH_DIC_THRESHOLD} is compatible with overt DIC; < ${ISTH_DIC_THRESHOLD} suggests non-overt DIC — repeat in 1–2 days.`,
    conventions: [
      // Platelets' edges are written without their unit, as the convention has always been worded.
      `Taylor 2001 leaves boundary values open; crs-screen scores them as the most widely used calculator does: platelets ${edges(ISTH_PLATELETS, false)}; PT ${edges(ISTH_PT)}; fibrinogen ${edges(ISTH_FIBRINOGEN)}.`,
    ],
  },
  pattern: null,
  scale: { kind: "points" },
  score: isthDic,
} as const satisfies Instrument<"isth-dic", Criterion>;
