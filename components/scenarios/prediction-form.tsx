"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useForm, type Resolver } from "react-hook-form";
import { useMemo } from "react";
import {
  GRADE_ANSWERS,
  THRESHOLD_ANSWERS,
  answerWords,
  predictionsFormSchema,
  type PredictionItem,
  type PredictionKey,
  type Predictions,
} from "@/lib/scenarios/predictions";
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

type FormValues = Partial<Record<PredictionKey, string>>;

/**
 * The trainee commits what they expect before the stage's result is shown: the level, and each
 * instrument that applies to the case at this stage (`items`, lib/scenarios/predictions.ts). Every
 * question has an answer for "the data cannot tell yet" and "does not apply here": predicting that
 * is a skill too.
 */
export function PredictionForm({
  stageName,
  items,
  onCommit,
}: {
  readonly stageName: string;
  readonly items: readonly PredictionItem[];
  readonly onCommit: (predictions: Predictions) => void;
}) {
  // The selects start empty (""), which the schema refuses with its own message; the resolver's
  // input type is the schema's, so it is widened to the form's strings here.
  const resolver = useMemo(() => zodResolver(predictionsFormSchema(items)) as unknown as Resolver<FormValues, unknown, Predictions>, [items]);
  const defaultValues = useMemo(() => Object.fromEntries(items.map(({ key }) => [key, ""])) as FormValues, [items]);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useForm<FormValues, unknown, Predictions>({ defaultValues, resolver, shouldFocusError: true });
  return (
    <form className={`${styles.predictionForm} ${styles.predicting}`} noValidate onSubmit={handleSubmit(onCommit)} aria-label={`Your predictions for ${stageName}`}>
      {items.map(({ key, label }) => {
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
