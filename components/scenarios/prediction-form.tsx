"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Resolver } from "react-hook-form";
import { GRADE_ANSWERS, PREDICTION_ITEMS, PredictionsSchema, THRESHOLD_ANSWERS, answerWords, type PredictionKey, type Predictions } from "@/lib/scenarios/predictions";
import { LEVELS } from "@/lib/scenarios/schema";
import styles from "./scenarios.module.css";

const OPTIONS: Readonly<Record<PredictionKey, readonly string[]>> = {
  crsGrade: GRADE_ANSWERS,
  icansGrade: GRADE_ANSWERS,
  hscore: THRESHOLD_ANSWERS,
  hlh2004: THRESHOLD_ANSWERS,
  mas2016: THRESHOLD_ANSWERS,
  level: LEVELS,
};

type FormValues = Record<PredictionKey, string>;
const EMPTY: FormValues = { crsGrade: "", icansGrade: "", hscore: "", hlh2004: "", mas2016: "", level: "" };
// The selects start empty (""), which the schema refuses with its own message; the resolver's
// input type is the schema's, so it is widened to the form's strings here.
const resolver = zodResolver(PredictionsSchema) as unknown as Resolver<FormValues, unknown, Predictions>;

/**
 * The trainee commits what they expect before the stage's result is shown. Every question has an
 * answer for "the data cannot tell yet" and "does not apply here": predicting that is a skill too.
 */
export function PredictionForm({ stageName, onCommit }: { readonly stageName: string; readonly onCommit: (predictions: Predictions) => void }) {
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FormValues, unknown, Predictions>({ defaultValues: EMPTY, resolver, shouldFocusError: true });
  return (
    <form className={`${styles.predictionForm} ${styles.predicting}`} noValidate onSubmit={handleSubmit(onCommit)} aria-label={`Your predictions for ${stageName}`}>
      {PREDICTION_ITEMS.map(({ key, label }) => {
        const error = errors[key]?.message;
        return (
          <div key={key} className={styles.predictionItem}>
            <label htmlFor={`predict-${key}`}>{label}</label>
            <select id={`predict-${key}`} {...register(key)} aria-invalid={error ? true : undefined} aria-describedby={error ? `predict-${key}-error` : undefined}>
              <option value="">Choose…</option>
              {OPTIONS[key].map((option) => (
                <option key={option} value={option}>
                  {answerWords(option)}
                </option>
              ))}
            </select>
            {error ? (
              <p id={`predict-${key}-error`} className={styles.fieldError}>
                {error}
              </p>
            ) : null}
          </div>
        );
      })}
      <div className="actions">
        <button type="submit" className="button primary">
          Commit my predictions and show the result
        </button>
      </div>
    </form>
  );
}
