import { CHART_BOX, MARKS, SPARK_BOX, chartGeometry, valueText, type ChartStyle, type ChartValue } from "@/lib/case/chart";

/**
 * One small chart of a course, plain SVG (prints as drawn, no library). role="img" with a label
 * that says what it shows; the table beside it (CourseTables) is its text equivalent.
 */
export function CourseChart({
  values,
  days,
  kind,
  threshold,
  label,
  spark = false,
}: {
  readonly values: readonly ChartValue[];
  readonly days: readonly string[];
  readonly kind: ChartStyle["kind"] | "line";
  readonly threshold?: number;
  readonly label: string;
  /** The small printed version: no axis text (the table row it sits in gives the values). */
  readonly spark?: boolean;
}) {
  const g = chartGeometry(values, { kind, threshold, box: spark ? SPARK_BOX : CHART_BOX });
  const { box } = g;
  const described = `${label}: ${values.map((v, i) => `${days[i]} ${valueText(v)}`).join(", ")}${threshold === undefined ? "" : `; threshold ${threshold}`}.`;
  return (
    <svg viewBox={`0 0 ${box.width} ${box.height}`} role="img" aria-label={described} focusable="false">
      <line x1={box.left} x2={box.left} y1={box.top} y2={box.height - box.bottom} stroke="#57606a" />
      <line x1={box.left} x2={box.width - box.right} y1={box.height - box.bottom} y2={box.height - box.bottom} stroke="#57606a" />
      {spark ? null : g.ticks.map((t) => (
        <text key={t.value} x={box.left - 4} y={t.y + 4} textAnchor="end" fontSize="10" fill="#24292f">
          {valueText({ min: t.value, max: t.value })}
        </text>
      ))}
      {g.thresholdY !== null ? <line x1={box.left} x2={box.width - box.right} y1={g.thresholdY} y2={g.thresholdY} stroke="#9b1c1c" strokeDasharray="4 3" /> : null}
      {spark ? null : g.xs.map((x, i) => (
        <text key={days[i]} x={x} y={box.height - 6} textAnchor="middle" fontSize="10" fill="#24292f">
          {days[i]}
        </text>
      ))}
      {g.stepPath ? <path d={g.stepPath} fill="none" stroke="#0b5394" strokeWidth="2" /> : null}
      {g.linePath ? <path d={g.linePath} fill="none" stroke="#0b5394" strokeWidth="1.5" /> : null}
      {g.bars.map((b) => (
        <rect key={`b${b.index}`} x={b.x - MARKS.barHalfWidth} y={b.y} width={2 * MARKS.barHalfWidth} height={Math.max(b.height, 1)} fill="#fff" stroke="#6e4a00" strokeDasharray="2 2" strokeWidth={MARKS.barStrokeWidth} />
      ))}
      {g.points.map((p) => (
        <circle key={`p${p.index}`} cx={p.x} cy={p.y} r={MARKS.pointRadius} fill="#0b5394" />
      ))}
    </svg>
  );
}
