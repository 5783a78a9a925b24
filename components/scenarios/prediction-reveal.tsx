import { answerWords, scoreLine } from "@/lib/scenarios/prediction-words";
import type { PredictionScore } from "@/lib/scenarios/predictions";
import styles from "./scenarios.module.css";

/**
 * The trainee's predictions against what the criteria give for their own data, with the stage's
 * teaching point; the score counts predictions apart from data entry.
 */
export function PredictionReveal({
  score,
  dataEntry,
  teachingPoint,
}: {
  readonly score: PredictionScore;
  readonly dataEntry: { readonly passed: number; readonly total: number };
  readonly teachingPoint?: string | undefined;
}) {
  return (
    <div>
      <p>
        <strong>{scoreLine(score, dataEntry)}</strong>
      </p>
      <table className={styles.predictionTable}>
        <caption className="visually-hidden">Your predictions against the computed values</caption>
        <thead>
          <tr>
            <th scope="col">Prediction</th>
            <th scope="col">You said</th>
            <th scope="col">Computed</th>
            <th scope="col">
              <span className="visually-hidden">Outcome</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {score.outcomes.map((o) => (
            <tr key={o.key} className={o.correct ? "passed" : "missed"}>
              <th scope="row">{o.label}</th>
              <td>{answerWords(o.predicted)}</td>
              <td>{answerWords(o.computed)}</td>
              <td>
                <span aria-hidden="true">{o.correct ? "✓" : "✗"}</span> <span className={styles.outcomeWord}>{o.correct ? "Right" : "Missed"}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {teachingPoint ? (
        <p className={`teaching-point ${styles.stagePoint}`}>
          <strong>Teaching point for this day:</strong> {teachingPoint}
        </p>
      ) : null}
    </div>
  );
}
