"use client";

import { useMemo } from "react";
import { screen } from "@/lib/screen";
import { useDraftAssessment, type DraftScreening } from "./use-draft-assessment";

/**
 * The draft, validated and screened (lib/screen), for the views that show the result. A module of
 * its own: the review page reads the draft without the scoring library in its first scripts.
 */
export function useDraftScreening(): DraftScreening {
  const draft = useDraftAssessment();
  return useMemo(() => (draft.state === "ready" ? { ...draft, screening: screen(draft.assessment) } : draft), [draft]);
}
