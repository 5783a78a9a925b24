import { HSCORE_PROBABILITY_TABLE, HSCORE_THRESHOLD } from "@/lib/scores/hscore";
import type { InstrumentResult } from "@/lib/scores/types";
import styles from "./result.module.css";

/** HScore runs 0–337 (Fardet 2014). */
const HSCORE_MAX = 337;
const W = 320;
const x = (score: number) => Math.round((score / HSCORE_MAX) * W * 10) / 10;

/**
 * The HScore on its 0–337 scale: the threshold (169), the paper's probability rows (every fourth
 * row labelled, to stay legible on a phone) and the patient's score, or the range it can still take.
 * An image with a title and description; the same facts are in the card's text beside it.
 */
export function HScoreScale({ result }: { readonly result: InstrumentResult }) {
  const settled = result.min === result.max;
  const stated = settled ? `HScore ${result.min}` : `HScore between ${result.min} and ${result.max}`;
  const id = "hscore-scale";
  return (
    <svg className={styles.picture} viewBox={`-6 -4 ${W + 12} 68`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>HScore scale, 0 to {HSCORE_MAX}</title>
      <desc id={`${id}-desc`}>
        {stated}; threshold {HSCORE_THRESHOLD}. Probability of reactive haemophagocytic syndrome by the paper&apos;s table:{" "}
        {HSCORE_PROBABILITY_TABLE.map((r) => `${r.percent} at ${r.score}`).join(", ")}.
      </desc>
      <rect x="0" y="22" width={W} height="10" rx="3" className={styles.track} />
      <rect x={x(HSCORE_THRESHOLD)} y="22" width={W - x(HSCORE_THRESHOLD)} height="10" rx="3" className={styles.trackAbove} />
      {settled ? null : <rect x={x(result.min)} y="19" width={Math.max(2, x(result.max) - x(result.min))} height="16" rx="3" className={styles.range} />}
      <line x1={x(HSCORE_THRESHOLD)} x2={x(HSCORE_THRESHOLD)} y1="14" y2="40" className={styles.threshold} />
      <text x={x(HSCORE_THRESHOLD)} y="11" textAnchor="middle" className={styles.pictureLabel}>
        ≥ {HSCORE_THRESHOLD}
      </text>
      {settled ? <path d={`M${x(result.min)} 36 l-5 8 h10 z`} className={styles.marker} /> : null}
      {HSCORE_PROBABILITY_TABLE.filter((_, i) => i % 4 === 0).map((r) => (
        <g key={r.score}>
          <line x1={x(r.score)} x2={x(r.score)} y1="32" y2="35" className={styles.tick} />
          <text x={x(r.score)} y="60" textAnchor="middle" className={styles.pictureSmall}>
            {/* "> 99 %" as ">99%": five labels fit a phone's width without touching */}
            {r.percent.replace(" %", "%").replace(/^([<>]) /, "$1")}
          </text>
        </g>
      ))}
    </svg>
  );
}

const GRADES = [0, 1, 2, 3, 4] as const;

/**
 * An ASTCT grade (CRS or ICANS, 0–4) as a bar of five steps: the grade filled, or the grades it
 * can still take outlined while data are missing.
 */
export function GradeBar({ result, label }: { readonly result: InstrumentResult; readonly label: string }) {
  const id = `grade-${result.id}`;
  const stated = result.min === result.max ? `grade ${result.min}` : `grade ${result.min} to ${result.max}, not yet decided`;
  const step = 64;
  return (
    <svg className={styles.pictureSmallBar} viewBox={`0 0 ${step * 5} 44`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{label} on its scale of grades 0 to 4</title>
      <desc id={`${id}-desc`}>
        {label}: {stated}.
      </desc>
      {GRADES.map((g) => {
        const inRange = g >= result.min && g <= result.max;
        const exact = inRange && result.min === result.max;
        let cls = styles.gradeOff;
        if (exact) cls = g === 0 ? styles.gradeZero : styles.gradeOn;
        else if (inRange) cls = styles.gradeMaybe;
        return (
          <g key={g}>
            <rect x={g * step + 2} y="2" width={step - 4} height="22" rx="4" className={cls} />
            <text x={g * step + step / 2} y="41" textAnchor="middle" className={styles.gradeLabel}>
              {g}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
