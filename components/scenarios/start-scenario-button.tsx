"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ModalDialog } from "@/components/dialog/modal-dialog";
import { SCENARIO_TAG_KEY, clearDraft, loadDraft, type Stores } from "@/lib/form/draft";

function browserStores(): Stores {
  return { session: window.sessionStorage, local: window.localStorage };
}

/** A case with anything entered beyond the schema version. */
function hasCaseInProgress(stores: Stores): boolean {
  return Object.keys(loadDraft(stores)).some((key) => key !== "schemaVersion");
}

/**
 * Opens a blank form tagged with the scenario: the trainee extracts the data from the vignette.
 * A case already in progress is only replaced after asking (focus returns here if kept).
 */
export function StartScenarioButton({ scenarioId }: { readonly scenarioId: string }) {
  const router = useRouter();
  const [asking, setAsking] = useState(false);
  const keep = () => setAsking(false);
  const start = () => {
    const stores = browserStores();
    clearDraft(stores);
    stores.session.setItem(SCENARIO_TAG_KEY, scenarioId);
    router.push("/assess/context");
  };
  return (
    <>
      <button
        type="button"
        className="button primary"
        onClick={() => {
          if (hasCaseInProgress(browserStores())) setAsking(true); // the dialog asks first
          else start();
        }}
      >
        Start this scenario
      </button>
      {asking ? (
        <ModalDialog
          title="Replace the case in progress?"
          description="Starting this scenario removes the case currently saved in this browser and opens a blank form. This cannot be undone."
          onDismiss={keep}
        >
          <div className="actions">
            <button type="button" className="button" onClick={keep}>
              Keep my case
            </button>
            <button type="button" className="button danger" onClick={start}>
              Clear it and start the scenario
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}
