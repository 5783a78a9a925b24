"use client";

import type { UseFormRegister } from "react-hook-form";
import type { FormValues } from "@/lib/form";
import { ErrorText, Hint, describedBy, fieldId } from "./field";

/**
 * A tri-state answer (Yes / No / Not assessed) as a segmented control (issue 17). Underneath it is
 * still a fieldset of native radio inputs sharing one name, so it keeps everything a radio group
 * does for free: one tab stop, arrow keys move the choice, the legend names the group and each
 * label names its option for a screen reader. Each input covers its whole segment at opacity 0, so
 * a tap anywhere on the segment (≥ 44 px) is a tap on the input itself.
 */
export function SegmentedField({
  path,
  legend,
  hint,
  error,
  options,
  register,
}: {
  readonly path: string;
  readonly legend: string;
  readonly hint?: string;
  readonly error?: string;
  readonly options: readonly { readonly value: string; readonly label: string }[];
  readonly register: UseFormRegister<FormValues>;
}) {
  const id = fieldId(path);
  return (
    <fieldset className={error ? "field segmented-field has-error" : "field segmented-field"} aria-describedby={describedBy(id, hint, error)}>
      <legend>{legend}</legend>
      <Hint id={id} text={hint} />
      <div className="segmented">
        {options.map((o, index) => (
          <label key={o.value} className="segment">
            {/* "Not assessed" is the answer of a question nobody answered: checked in the prerendered step too. */}
            <input type="radio" value={o.value} id={index === 0 ? id : `${id}-${o.value || "unknown"}`} defaultChecked={o.value === ""} {...register(path)} />
            <span>{o.label}</span>
          </label>
        ))}
      </div>
      <ErrorText id={id} text={error} />
    </fieldset>
  );
}
