"use client";

import { useEffect, useState } from "react";
import type * as StepValidationModule from "./step-validation";

export type StepValidation = typeof StepValidationModule;

let loaded: StepValidation | null = null;
let loading: Promise<StepValidation> | null = null;

/**
 * The step's validator (./step-validation.ts), fetched once per page load and shared by every
 * step; a failed fetch is retried on the next call.
 */
export function loadStepValidation(): Promise<StepValidation> {
  loading ??= import("./step-validation").then(
    (module) => (loaded = module),
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/** The validator if it has arrived, so work that can run at once does not wait a tick for it. */
export function loadedStepValidation(): StepValidation | null {
  return loaded;
}

/** The validator for rendering: null until it has arrived, then the module. */
export function useStepValidation(): StepValidation | null {
  const [validation, setValidation] = useState(loadedStepValidation);
  useEffect(() => {
    if (validation) return;
    let live = true;
    loadStepValidation().then(
      (module) => {
        if (live) setValidation(module);
      },
      () => {
        /* not arrived (offline): the caller shows nothing derived; the next step visit retries */
      },
    );
    return () => {
      live = false;
    };
  }, [validation]);
  return validation;
}
