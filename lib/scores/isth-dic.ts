/**
 * ISTH overt DIC score — Taylor FB Jr et al., Thromb Haemost 2001 (`taylor-2001`), 0–8, ≥ 5
 * compatible with overt DIC. Boundaries Taylor leaves open follow crs-screen's convention
 * (../shared/clinical/INSTRUMENTS.md).
 */
import { pointsRange, readChoice, type PointBands, type PointRange } from "../assessment/read";
import type { Assessment } from "../assessment/schema";
import { additiveResult, criterionFromRange, meetsAtLeast } from "./result";
import type { InstrumentResult } from "./types";

export const ISTH_DIC_THRESHOLD = 5;

/** Platelets ×10⁹/L: ≥ 100 → 0; 50 to < 100 → 1; < 50 → 2 (exactly 100 → 0, exactly 50 → 1). */
export const ISTH_PLATELETS: PointBands = {
  path: "labs.plateletsE9PerL",
  unit: "×10⁹/L",
  bands: [
    { comparison: "<", value: 100, points: 1 },
    { comparison: "<", value: 50, points: 2 },
  ],
};

/** PT prolongation s: < 3 → 0; 3 to < 6 → 1; ≥ 6 → 2 (exactly 3 → 1, exactly 6 → 2). */
export const ISTH_PT: PointBands = {
  path: "labs.ptProlongationSeconds",
  unit: "s",
  bands: [
    { comparison: ">=", value: 3, points: 1 },
    { comparison: ">=", value: 6, points: 2 },
  ],
};

/** Fibrinogen g/L: ≥ 1.0 → 0; < 1.0 → 1 (exactly 1.0 → 0). */
export const ISTH_FIBRINOGEN: PointBands = {
  path: "labs.fibrinogenGPerL",
  unit: "g/L",
  bands: [{ comparison: "<", value: 1.0, points: 1 }],
};

export const ISTH_FIBRIN_MARKER_POINTS = { none: 0, moderate: 2, strong: 3 } as const;

/** The points the fibrin-related marker can still score: the option's, or every option's when unknown. */
function fibrinMarker(assessment: Assessment): PointRange {
  const marker = readChoice(assessment, "labs.fibrinMarkerIncrease");
  const possible = marker.values.map((value) => ISTH_FIBRIN_MARKER_POINTS[value]);
  return { min: Math.min(...possible), max: Math.max(...possible), missing: marker.known ? [] : ["labs.fibrinMarkerIncrease"] };
}

export function isthDic(assessment: Assessment): InstrumentResult {
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
      applicable,
      applicability: applicable ? "Assumes an underlying disorder associated with DIC (setting)." : "Needs an underlying disorder associated with DIC; the setting does not establish one.",
      notes: [],
    },
    criteria,
    (min, max) => meetsAtLeast(min, max, ISTH_DIC_THRESHOLD),
  );
}
