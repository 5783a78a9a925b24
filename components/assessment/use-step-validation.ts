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

/**
 * Runs `then` once the page is idle after its first paint (at most two seconds on): fetching the
 * validator during the first paint would compete with the page's own scripts (Lighthouse counts
 * it against the largest paint). The form's first focus fetches it at once instead
 * (`prefetchStepValidation`). Returns a cancel function.
 */
export function whenIdle(then: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(then, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(then, 200);
  return () => window.clearTimeout(handle);
}

/** Fetches the validator without waiting for an answer (a failed fetch is retried by the next use). */
export function prefetchStepValidation(): void {
  loadStepValidation().catch(() => {
    /* offline: the first validation asks again */
  });
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
    const cancel = whenIdle(() =>
      loadStepValidation().then(
        (module) => {
          if (live) setValidation(module);
        },
        () => {
          /* not arrived (offline): the caller shows nothing derived; the next step visit retries */
        },
      ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [validation]);
  return validation;
}
