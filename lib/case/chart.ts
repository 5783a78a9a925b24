/**
 * The geometry of the course charts (components/course): pure numbers and SVG path strings, no
 * React. Time-points sit at equal steps along x (labelled by their day: a course's spacing is read
 * in the table); y runs from 0 to the highest value shown. A value still open (min < max) is a
 * range bar, never a point: unknown is not normal.
 */
import { readingText } from "../units";
import { instrumentOf, type InstrumentId, type Scale } from "../scores/index";

/** How an instrument's value is drawn: grades as a step chart, points and counts as points, with the threshold line where it is one number. */
export interface ChartStyle {
  readonly kind: "step" | "points" | "count";
  /** The published threshold as a number on the value's scale; absent where it is not one (MAS-2016 needs ferritin and a count). */
  readonly threshold?: number;
  readonly unit: string;
}

/** How each scale is drawn and what its axis counts. */
const DRAWN_AS = {
  grade: { kind: "step", unit: "grade" },
  points: { kind: "points", unit: "points" },
  count: { kind: "count", unit: "criteria" },
} as const satisfies Record<Scale["kind"], Omit<ChartStyle, "threshold">>;

/** An instrument's chart, read from its module: its scale, and its threshold where that is one number. */
export function chartStyleOf(id: InstrumentId): ChartStyle {
  const { scale, thresholdValue } = instrumentOf(id);
  return thresholdValue === undefined ? DRAWN_AS[scale.kind] : { ...DRAWN_AS[scale.kind], threshold: thresholdValue };
}

/** One time-point's value: a range while data are missing; null when nothing was entered (a lab not measured). */
export type ChartValue = { readonly min: number; readonly max: number } | null;

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

// left: room for a five-digit tick grouped as "24 000" at 10 units (34 clipped its first digit).
export const CHART_BOX: ChartBox = { width: 260, height: 120, left: 42, right: 10, top: 10, bottom: 22 };
/** The sizes of the marks course-chart.tsx draws: a box's margins must hold them, or a value at the top or at either end is clipped. */
export const MARKS = { pointRadius: 3.5, barHalfWidth: 4, barStrokeWidth: 1.5 } as const;
/** The printed summary's sparkline in the course table: no axes text, the table beside it says the values. Margins hold a bar's half-width and stroke (3 clipped the top of a point or a range). */
export const SPARK_BOX: ChartBox = { width: 200, height: 24, left: 5, right: 5, top: 5, bottom: 5 };

export interface ChartGeometry {
  readonly box: ChartBox;
  readonly yMax: number;
  /** x of each time-point. */
  readonly xs: readonly number[];
  /** Settled values (min = max): a point each. */
  readonly points: readonly { readonly index: number; readonly x: number; readonly y: number; readonly value: number }[];
  /** Open values (min < max): a bar from min to max. */
  readonly bars: readonly { readonly index: number; readonly x: number; readonly y: number; readonly height: number; readonly min: number; readonly max: number }[];
  /** The step line through settled values (grades): empty when not a step chart or fewer than two settled values in a row. */
  readonly stepPath: string;
  /** The line through the values entered (lab trends). */
  readonly linePath: string;
  /** y of the threshold line; null when none. */
  readonly thresholdY: number | null;
  /** Value axis ticks: 0, the threshold, the top; every grade on a step (grade) chart. */
  readonly ticks: readonly { readonly value: number; readonly y: number }[];
}

const round = (n: number): number => Math.round(n * 10) / 10;
/** Room between the axis and the first and last time-point, so a range bar there clears the axis. */
export const X_INSET = 10;

/** A chart's geometry for values at time-points, in order. */
export function chartGeometry(values: readonly ChartValue[], options: { readonly kind: ChartStyle["kind"] | "line"; readonly threshold?: number; readonly box?: ChartBox }): ChartGeometry {
  const box = options.box ?? CHART_BOX;
  const inset = box === SPARK_BOX ? 0 : X_INSET;
  const innerWidth = box.width - box.left - box.right - 2 * inset;
  const innerHeight = box.height - box.top - box.bottom;
  const highest = Math.max(0, ...values.map((v) => v?.max ?? 0));
  const yMax = Math.max(highest, options.threshold ?? 0, 1);
  const x = (index: number): number => round(box.left + inset + (values.length === 1 ? innerWidth / 2 : (innerWidth * index) / (values.length - 1)));
  const y = (value: number): number => round(box.top + innerHeight * (1 - value / yMax));
  const xs = values.map((_, i) => x(i));
  const points = values.flatMap((v, index) => (v !== null && v.min === v.max ? [{ index, x: x(index), y: y(v.min), value: v.min }] : []));
  const bars = values.flatMap((v, index) => (v !== null && v.min < v.max ? [{ index, x: x(index), y: y(v.max), height: round(y(v.min) - y(v.max)), min: v.min, max: v.max }] : []));
  // A step holds its value until the next time-point, then moves: drawn only between settled neighbours.
  let stepPath = "";
  if (options.kind === "step") {
    for (let i = 1; i < values.length; i++) {
      const a = values[i - 1];
      const b = values[i];
      if (a && b && a.min === a.max && b.min === b.max) stepPath += `M${x(i - 1)} ${y(a.min)}H${x(i)}V${y(b.min)}`;
    }
  }
  const linePath =
    options.kind === "line" || options.kind === "points" || options.kind === "count"
      ? points.map((p, i) => `${i === 0 || points[i - 1]!.index !== p.index - 1 ? "M" : "L"}${p.x} ${p.y}`).join("")
      : "";
  const thresholdY = options.threshold === undefined ? null : y(options.threshold);
  // A grade chart labels every grade (0, 1, 2, 3, 4; "0, 1, 4" read as a scale with gaps); others 0, the threshold and the top.
  const everyGrade = options.kind === "step" ? Array.from({ length: Math.floor(yMax) + 1 }, (_, grade) => grade) : [];
  const tickValues = [...new Set([0, ...everyGrade, ...(options.threshold === undefined ? [] : [options.threshold]), yMax])].sort((a, b) => a - b);
  return { box, yMax, xs, points, bars, stepPath, linePath, thresholdY, ticks: tickValues.map((value) => ({ value, y: y(value) })) };
}

/** The lab trends charted: ferritin, CRP, fibrinogen, platelets, in the canonical units the case stores. */
export const LAB_TRENDS = [
  { path: "labs.ferritinNgPerMl", key: "ferritinNgPerMl" },
  { path: "labs.crpMgPerL", key: "crpMgPerL" },
  { path: "labs.fibrinogenGPerL", key: "fibrinogenGPerL" },
  { path: "labs.plateletsE9PerL", key: "plateletsE9PerL" },
] as const;

/** "3", "2–4", "14 500", "≈ 3.5": a value or its range in words, read as the review and the result read numbers. */
export function valueText(v: ChartValue): string {
  if (v === null) return "not entered";
  return v.min === v.max ? readingText(v.min) : `${readingText(v.min)}–${readingText(v.max)}`;
}
