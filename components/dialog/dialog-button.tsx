"use client";

import { useState, type ReactNode } from "react";
import { ModalDialog } from "./modal-dialog";

/**
 * A button that opens a read-only dialog (the notice, an instrument's source): the content, then a
 * Close button; Escape and an outside click close it too.
 */
export function DialogButton({
  label,
  title,
  description,
  children,
}: {
  /** What the button says. */
  readonly label: ReactNode;
  readonly title: ReactNode;
  readonly description: ReactNode;
  readonly children?: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const close = () => setOpen(false);
  return (
    <>
      <button type="button" className="link-button" onClick={() => setOpen(true)}>
        {label}
      </button>
      {open ? (
        <ModalDialog title={title} description={description} onDismiss={close}>
          {children}
          <button type="button" className="button" onClick={close}>
            Close
          </button>
        </ModalDialog>
      ) : null}
    </>
  );
}
