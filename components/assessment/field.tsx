"use client";

import type { ReactNode } from "react";
import type { Echo } from "@/lib/form";

/** The element id of a field path, so the error summary can link to it. */
export function fieldId(path: string): string {
  return `field-${path.replace(/\./g, "-")}`;
}

export function describedBy(id: string, hint?: string, error?: string, echo?: boolean): string | undefined {
  return [hint ? `${id}-hint` : null, echo ? `${id}-echo` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function Hint({ id, text }: { readonly id: string; readonly text?: string }) {
  return text ? (
    <p className="hint" id={`${id}-hint`}>
      {text}
    </p>
  ) : null;
}

export function ErrorText({ id, text }: { readonly id: string; readonly text?: string }) {
  return text ? (
    <p className="error" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {text}
    </p>
  ) : null;
}

/**
 * One labelled control: label, hint and error tied together (`for`, `aria-describedby`, `aria-invalid`).
 * `echo` (number fields) is what the form will keep from the text typed, restated live beside the
 * control: a polite live region, so a screen reader hears it after the person pauses.
 */
export function Field({
  path,
  label,
  hint,
  error,
  echo,
  children,
}: {
  readonly path: string;
  readonly label: string;
  readonly hint?: string;
  readonly error?: string;
  readonly echo?: Echo;
  readonly children: (props: { id: string; "aria-describedby"?: string; "aria-invalid"?: boolean }) => ReactNode;
}) {
  const id = fieldId(path);
  const echoes = echo !== undefined;
  return (
    <div className={error ? "field has-error" : "field"}>
      <label htmlFor={id}>{label}</label>
      <Hint id={id} text={hint} />
      {children({ id, "aria-describedby": describedBy(id, hint, error, echoes), "aria-invalid": error ? true : undefined })}
      {echoes ? (
        // Text the form will not keep is shown as an error while it is typed, not only after Save.
        <p className={echo.kept ? "echo" : "echo echo-not-kept"} id={`${id}-echo`} aria-live="polite">
          {echo.text}
        </p>
      ) : null}
      <ErrorText id={id} text={error} />
    </div>
  );
}
