"use client";

import { useMemo } from "react";
import { validateAssessment, type ValidationResult } from "@/lib/assessment";
import { loadDraft, loadUnits, type UnitChoices } from "@/lib/form";
import { screen, type Screening } from "@/lib/screen";
import { useBrowserStores, useStorageBlocked } from "./use-browser-stores";

export type DraftScreening =
  | { readonly state: "loading" }
  | { readonly state: "blocked" }
  | { readonly state: "invalid"; readonly validation: Extract<ValidationResult, { ok: false }> }
  | { readonly state: "ready"; readonly screening: Screening; readonly assessment: Extract<ValidationResult, { ok: true }>["assessment"]; readonly units: UnitChoices };

/** The draft in this browser, validated and screened — computed here, never sent anywhere. */
export function useDraftScreening(): DraftScreening {
  const stores = useBrowserStores();
  const blocked = useStorageBlocked();
  return useMemo(() => {
    if (blocked) return { state: "blocked" } as const;
    if (!stores) return { state: "loading" } as const;
    const validation = validateAssessment(loadDraft(stores));
    if (!validation.ok) return { state: "invalid", validation } as const;
    return { state: "ready", screening: screen(validation.assessment), assessment: validation.assessment, units: loadUnits(stores) } as const;
  }, [stores, blocked]);
}
