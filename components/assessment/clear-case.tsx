"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useRouter } from "next/navigation";
import { clearDraft } from "@/lib/form";

/** "Clear case" asks first (Radix Dialog returns focus to the button when cancelled). */
export function ClearCaseButton() {
  const router = useRouter();
  const clear = () => {
    clearDraft({ session: window.sessionStorage, local: window.localStorage });
    router.push("/assess/context");
  };
  return (
    <Dialog.Root>
      <Dialog.Trigger className="button danger">Clear case</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content">
          <Dialog.Title>Clear this case?</Dialog.Title>
          <Dialog.Description>Everything entered for this case is removed from this browser. This cannot be undone.</Dialog.Description>
          <div className="actions">
            <Dialog.Close className="button">Keep the case</Dialog.Close>
            <button type="button" className="button danger" onClick={clear}>
              Clear everything
            </button>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
