"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useRouter } from "next/navigation";
import { SCENARIO_TAG_KEY, clearDraft, loadDraft, type Stores } from "@/lib/form";

function browserStores(): Stores {
  return { session: window.sessionStorage, local: window.localStorage };
}

/** A case with anything entered beyond the schema version. */
function hasCaseInProgress(stores: Stores): boolean {
  return Object.keys(loadDraft(stores)).some((key) => key !== "schemaVersion");
}

/**
 * Opens a blank form tagged with the scenario: the trainee extracts the data from the vignette.
 * A case already in progress is only replaced after asking (Radix returns focus here if kept).
 */
export function StartScenarioButton({ scenarioId }: { readonly scenarioId: string }) {
  const router = useRouter();
  const start = () => {
    const stores = browserStores();
    clearDraft(stores);
    stores.session.setItem(SCENARIO_TAG_KEY, scenarioId);
    router.push("/assess/context");
  };
  return (
    <Dialog.Root>
      <Dialog.Trigger
        className="button primary"
        onClick={(event) => {
          if (hasCaseInProgress(browserStores())) return; // the dialog asks first
          event.preventDefault();
          start();
        }}
      >
        Start this scenario
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content">
          <Dialog.Title>Replace the case in progress?</Dialog.Title>
          <Dialog.Description>
            Starting this scenario removes the case currently saved in this browser and opens a blank form. This cannot be undone.
          </Dialog.Description>
          <div className="actions">
            <Dialog.Close className="button">Keep my case</Dialog.Close>
            <button type="button" className="button danger" onClick={start}>
              Clear it and start the scenario
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
