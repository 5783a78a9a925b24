/** The course charts' geometry (lib/case/chart.ts): steps between settled grades, ranges as bars, the threshold line. */
import { describe, expect, test } from "vitest";
import { CHART_BOX, chartStyleOf, MARKS, SPARK_BOX, X_INSET, chartGeometry, valueText } from "@/lib/case/chart";
import { HSCORE_THRESHOLD } from "@/lib/scores/hscore";

const box = CHART_BOX;
const bottom = box.height - box.bottom;

describe("chart geometry", () => {
  test("grades 1, 3, 0 as a step chart: points at 0, mid and the top; steps between them", () => {
    const g = chartGeometry(
      [
        { min: 1, max: 1 },
        { min: 3, max: 3 },
        { min: 0, max: 0 },
      ],
      { kind: "step", threshold: 1 },
    );
    expect(g.yMax).toBe(3);
    expect(g.xs).toEqual([box.left + X_INSET, (box.left + box.width - box.right) / 2, box.width - box.right - X_INSET]);
    expect(g.points.map((p) => p.value)).toEqual([1, 3, 0]);
    expect(g.points[1]!.y).toBe(box.top);
    expect(g.points[2]!.y).toBe(bottom);
    expect(g.stepPath).toMatch(/^M\d+(\.\d)? [\d.]+H[\d.]+V[\d.]+M/);
    expect(g.bars).toEqual([]);
    expect(g.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3]);
  });

  test("a grade chart labels every grade up to its top (issue 28: the axis read 0, 1, 4); a points chart only 0, the threshold and the top", () => {
    const grades = chartGeometry([{ min: 0, max: 0 }, { min: 4, max: 4 }], { kind: "step", threshold: 1 });
    expect(grades.ticks.map((t) => t.value)).toEqual([0, 1, 2, 3, 4]);
    // Evenly spaced: each grade one step of the axis.
    const ys = grades.ticks.map((t) => t.y);
    expect(new Set(ys.slice(1).map((y, i) => Math.round((ys[i]! - y) * 10)))).toHaveProperty("size", 1);
    const hscore = chartGeometry([{ min: 90, max: 90 }, { min: 200, max: 200 }], { kind: "points", threshold: HSCORE_THRESHOLD });
    expect(hscore.ticks.map((t) => t.value)).toEqual([0, HSCORE_THRESHOLD, 200]);
  });

  test("a value still open is a bar from min to max, never a point, and breaks the step", () => {
    const g = chartGeometry([{ min: 1, max: 1 }, { min: 1, max: 4 }, null], { kind: "step", threshold: 1 });
    expect(g.points).toHaveLength(1);
    expect(g.bars).toEqual([expect.objectContaining({ index: 1, min: 1, max: 4, y: box.top })]);
    expect(g.bars[0]!.y + g.bars[0]!.height).toBeCloseTo(g.ticks.find((t) => t.value === 1)!.y, 5);
    expect(g.stepPath).toBe("");
  });

  test("HScore: the threshold line sits at 169 even when every value is below it", () => {
    const g = chartGeometry(
      [
        { min: 90, max: 90 },
        { min: 120, max: 120 },
      ],
      { kind: "points", threshold: chartStyleOf("hscore").threshold },
    );
    expect(chartStyleOf("hscore").threshold).toBe(HSCORE_THRESHOLD);
    expect(g.yMax).toBe(HSCORE_THRESHOLD);
    expect(g.thresholdY).toBe(box.top);
    expect(g.linePath.startsWith("M")).toBe(true);
  });

  test("lab trends: a line through the values entered, broken where one is missing", () => {
    const g = chartGeometry([{ min: 500, max: 500 }, null, { min: 2000, max: 2000 }, { min: 900, max: 900 }], { kind: "line" });
    expect(g.thresholdY).toBeNull();
    expect(g.linePath.match(/M/g)).toHaveLength(2);
    expect(g.linePath.match(/L/g)).toHaveLength(1);
  });

  test.each([
    ["the screen's chart", CHART_BOX],
    ["the printed sparkline", SPARK_BOX],
  ])("%s holds every mark whole: points and range bars at the top, the bottom and both ends", (_, chartBox) => {
    const extremes = [{ min: 0, max: 0 }, { min: 0, max: 7 }, { min: 7, max: 7 }, { min: 3, max: 7 }, { min: 0, max: 0 }];
    const g = chartGeometry(extremes, { kind: "points", threshold: 5, box: chartBox });
    const reach = MARKS.barHalfWidth + MARKS.barStrokeWidth / 2;
    for (const p of g.points) {
      expect(p.x - MARKS.pointRadius).toBeGreaterThanOrEqual(0);
      expect(p.x + MARKS.pointRadius).toBeLessThanOrEqual(chartBox.width);
      expect(p.y - MARKS.pointRadius).toBeGreaterThanOrEqual(0);
      expect(p.y + MARKS.pointRadius).toBeLessThanOrEqual(chartBox.height);
    }
    for (const b of g.bars) {
      expect(b.x - reach).toBeGreaterThanOrEqual(0);
      expect(b.x + reach).toBeLessThanOrEqual(chartBox.width);
      expect(b.y - MARKS.barStrokeWidth / 2).toBeGreaterThanOrEqual(0);
      expect(b.y + b.height + MARKS.barStrokeWidth / 2).toBeLessThanOrEqual(chartBox.height);
    }
  });

  test("one time-point sits in the middle", () => {
    expect(chartGeometry([{ min: 2, max: 2 }], { kind: "count" }).xs).toEqual([(box.left + box.width - box.right) / 2]);
  });

  test("values in words", () => {
    expect(valueText(null)).toBe("not entered");
    expect(valueText({ min: 2, max: 2 })).toBe("2");
    expect(valueText({ min: 2, max: 4 })).toBe("2–4");
    // lab values as the review reads them: thousands grouped, a converted value rounded and marked
    expect(valueText({ min: 14500, max: 14500 })).toBe("14\u202f500");
    expect(valueText({ min: 310 / 88.57, max: 310 / 88.57 })).toBe("≈ 3.5");
  });
});
