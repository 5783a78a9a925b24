"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { ModalDialog } from "@/components/dialog/modal-dialog";
import { clearDraft } from "@/lib/form/draft";

/** "Clear case" asks first (focus returns to the button when cancelled). */
export function ClearCaseButton() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const keep = () => setOpen(false);
  const clear = () => {
    clearDraft({ session: window.sessionStorage, local: window.localStorage });
    router.push("/assess/context");
  };
  return (
    <>
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        Clear case
      </button>
      {open ? (
        <ModalDialog title="Clear this case?" description="Everything entered for this case is removed from this browser. This cannot be undone." onDismiss={keep}>
          <div className="actions">
            <button type="button" className="button" onClick={keep}>
              Keep the case
            </button>
            <button type="button" className="button danger" onClick={clear}>
              Clear everything
            </button>
          </div>
        </ModalDialog>
      ) : null}
    </>
  );
}
