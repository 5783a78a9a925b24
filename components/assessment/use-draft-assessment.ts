"use client";

import { useEffect, useMemo, useState } from "react";
import type { Assessment } from "@/lib/assessment/schema";
import { quickAccept } from "@/lib/assessment/quick-accept";
import type { ValidationResult } from "@/lib/assessment/validate";
import { loadDraft, loadUnits, type UnitChoices } from "@/lib/form";
import type { Screening } from "@/lib/screen";
import { useBrowserStores, useStorageBlocked } from "./use-browser-stores";
import { useRenderedInTransition } from "./use-rendered-in-transition";

const CHECK_UNAVAILABLE = "The saved case needs a check that could not be loaded (are you offline?). Nothing was changed; reload the page to try again.";

export type DraftScreening =
  | { readonly state: "loading" }
  | { readonly state: "blocked" }
  | { readonly state: "invalid"; readonly validation: Extract<ValidationResult, { ok: false }> }
  /** The case needs the schema's check, and it could not be fetched (offline, or the site was updated meanwhile). */
  | { readonly state: "unavailable"; readonly message: string }
  | { readonly state: "ready"; readonly screening: Screening; readonly assessment: Assessment; readonly units: UnitChoices };

/** The same states, with the valid case not yet screened (the review page lists values; it screens later). */
export type DraftAssessment = Exclude<DraftScreening, { readonly state: "ready" }> | { readonly state: "ready"; readonly assessment: Assessment; readonly units: UnitChoices };

/** A valid case with the units its values are shown in. */
function ready(assessment: Assessment, stores: NonNullable<ReturnType<typeof useBrowserStores>>): DraftAssessment {
  return { state: "ready", assessment, units: loadUnits(stores) };
}

/**
 * The draft in this browser, validated — computed here, never sent anywhere. A draft
 * the form saved passes the quick check (lib/assessment/quick-accept.ts, which never says yes
 * where the schema says no); only one that does not (edited by hand in storage, saved by another
 * version) loads the schema, which words its problems. So the pages that show a case do not carry
 * zod in their first scripts.
 */
export function useDraftAssessment(): DraftAssessment {
  const stores = useBrowserStores();
  const blocked = useStorageBlocked();
  // The views of a case (the result page: eight instrument cards and more) are rendered in slices.
  const rendered = useRenderedInTransition();
  const quick = useMemo((): DraftAssessment | { readonly state: "ask-schema"; readonly draft: unknown } => {
    if (blocked) return { state: "blocked" };
    if (!stores || !rendered) return { state: "loading" };
    const draft = loadDraft(stores);
    if (!quickAccept(draft)) return { state: "ask-schema", draft };
    return ready(draft, stores);
  }, [stores, blocked, rendered]);
  const [checked, setChecked] = useState<{ readonly draft: unknown; readonly result: DraftAssessment } | null>(null);
  useEffect(() => {
    if (quick.state !== "ask-schema" || !stores) return;
    let live = true;
    import("@/lib/assessment/validate").then(
      ({ validateAssessment }) => {
        const validation = validateAssessment(quick.draft);
        const result: DraftAssessment = validation.ok ? ready(validation.assessment, stores) : { state: "invalid", validation };
        if (live) setChecked({ draft: quick.draft, result });
      },
      () => {
        if (live) setChecked({ draft: quick.draft, result: { state: "unavailable", message: CHECK_UNAVAILABLE } });
      },
    );
    return () => {
      live = false;
    };
  }, [quick, stores]);
  if (quick.state !== "ask-schema") return quick;
  return checked !== null && checked.draft === quick.draft ? checked.result : { state: "loading" };
}
