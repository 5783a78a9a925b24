"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import { ReplaceCaseDialog } from "@/components/transfer/replace-case-dialog";
import { SCENARIO_TAG_KEY, clearDraft, hasCaseInProgress } from "@/lib/form/draft";
import { PLAY_KEY } from "@/lib/scenarios/play-key";
import { replaceCaseDraft } from "@/lib/form/case-draft";
import type { TimePointAt } from "@/lib/case/schema";

/**
 * Opens a blank form tagged with the scenario: the trainee extracts the data from the vignette.
 * A case already in progress is only replaced after asking (focus returns here if kept).
 */
export function StartScenarioButton({ scenarioId, firstAt }: { readonly scenarioId: string; /** An unfolding scenario's first day: the case's first time-point. */ readonly firstAt?: TimePointAt }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const keep = () => setAsking(false);
  const start = () => {
    // With storage blocked the form explains why it cannot keep a case.
    if (BROWSER_STORES !== null) {
      clearDraft(BROWSER_STORES);
      BROWSER_STORES.session.setItem(SCENARIO_TAG_KEY, scenarioId);
      // An unfolding scenario starts again at its first stage, with no predictions.
      BROWSER_STORES.session.removeItem(PLAY_KEY);
      // Each day played becomes a time-point of one case, so the course builds up day by day.
      if (firstAt) replaceCaseDraft(BROWSER_STORES, [{ at: firstAt, assessment: { schemaVersion: 1 } }]);
    }
    router.push("/assess/context");
  };
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          if (BROWSER_STORES !== null && hasCaseInProgress(BROWSER_STORES)) setAsking(true); // the dialog asks first
          else start();
        }}
      >
        Start this scenario
      </button>
      {asking ? (
        <ReplaceCaseDialog
          description="Starting this scenario removes the case currently saved in this browser and opens a blank form. This cannot be undone."
          replaceLabel="Clear it and start the scenario"
          onKeep={keep}
          onReplace={start}
        />
      ) : null}
    </>
  );
}
