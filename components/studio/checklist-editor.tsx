"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState } from "react";
import { useForm } from "react-hook-form";
import * as z from "zod";
import { Field } from "@/components/assessment/field";
import type { StudioStage } from "@/lib/scenarios/studio/draft";
import type { StageProposal } from "@/lib/scenarios/studio/proposed-expectations";
import styles from "./studio-parts.module.css";

type ChecklistItem = StudioStage["checklist"][number];
type Candidate = StageProposal["checklist"][number];

/** The item picked and the teaching point written for it; both required, each error naming its field. */
const NewItemSchema = z.object({
  candidate: z.string().min(1, "Checklist item: choose what the trainee should have done."),
  teachingPoint: z.string().trim().min(1, "Teaching point: write what a trainee learns when they miss this item."),
});
type NewItem = z.infer<typeof NewItemSchema>;

/**
 * A stage's checklist: items picked from what the screening of the answer key proposes (the level,
 * the instruments, the fields they read), each with the teaching point the instructor writes.
 */
export function ChecklistEditor({
  stageIndex,
  stageName,
  candidates,
  items,
  onChange,
}: {
  readonly stageIndex: number;
  readonly stageName: string;
  readonly candidates: readonly Candidate[];
  readonly items: readonly ChecklistItem[];
  readonly onChange: (items: ChecklistItem[]) => void;
}) {
  const [added, setAdded] = useState("");
  const prefix = `checklist-${stageIndex + 1}`;
  const taken = new Set(items.map((item) => item.label));
  const offered = candidates.map((candidate, index) => ({ candidate, index })).filter(({ candidate }) => !taken.has(candidate.label));
  const { register, handleSubmit, reset, formState } = useForm<NewItem>({ resolver: zodResolver(NewItemSchema), defaultValues: { candidate: "", teachingPoint: "" } });
  const add = handleSubmit(({ candidate, teachingPoint }) => {
    const picked = candidates[Number(candidate)];
    if (picked === undefined) return;
    onChange([...items, { id: "", label: picked.label, teachingPoint: teachingPoint.trim(), check: picked.check }]);
    setAdded(`Added to the checklist of ${stageName.toLowerCase()}: ${picked.label}.`);
    reset();
  });
  const headingId = `${prefix}-heading`;
  return (
    <section aria-labelledby={headingId} className={styles.block}>
      <h3 id={headingId}>The checklist</h3>
      {items.length === 0 ? <p>No item yet: add at least one.</p> : null}
      <ol className={styles.items}>
        {items.map((item, n) => {
          const blank = item.teachingPoint.trim() === "";
          return (
            <li key={`${n}-${item.label}`}>
              <p className={styles.itemLabel}>{item.label}</p>
              <Field
                path={`${prefix}-item-${n + 1}-teaching-point`}
                label={`Teaching point for item ${n + 1}`}
                error={blank ? `Teaching point for item ${n + 1}: write what a trainee learns when they miss it.` : undefined}
              >
                {(props) => (
                  <textarea
                    {...props}
                    rows={2}
                    value={item.teachingPoint}
                    onChange={(event) => onChange(items.map((it, i) => (i === n ? { ...it, teachingPoint: event.target.value } : it)))}
                  />
                )}
              </Field>
              <button type="button" className="button danger" onClick={() => onChange(items.filter((_, i) => i !== n))}>
                Remove item {n + 1}
                <span className="visually-hidden"> from the checklist of {stageName.toLowerCase()}</span>
              </button>
            </li>
          );
        })}
      </ol>
      <form onSubmit={add} noValidate aria-labelledby={`${prefix}-add-heading`} className={styles.addItem}>
        <h4 id={`${prefix}-add-heading`}>Add an item</h4>
        <Field path={`${prefix}-candidate`} label="Checklist item" hint="Proposed from the screening of this stage's answer key." error={formState.errors.candidate?.message}>
          {(props) => (
            <select {...props} {...register("candidate")}>
              <option value="">Choose an item…</option>
              {offered.map(({ candidate, index }) => (
                <option key={index} value={String(index)}>
                  {candidate.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field path={`${prefix}-teaching-point`} label="Teaching point" hint="What a trainee who misses this item should learn." error={formState.errors.teachingPoint?.message}>
          {(props) => <textarea {...props} rows={2} {...register("teachingPoint")} />}
        </Field>
        <button type="submit" className="button">
          Add to the checklist<span className="visually-hidden"> of {stageName.toLowerCase()}</span>
        </button>
        <p role="status" className={styles.hint}>
          {added}
        </p>
      </form>
    </section>
  );
}
