"use client";

import { useEffect, useId, useRef, type ReactNode } from "react";

/**
 * A modal dialog on the platform's own `<dialog>` and `showModal()`: the page behind becomes inert,
 * focus moves into the dialog and Escape asks to close it — no dialog library is shipped to the
 * browser. It is rendered only while open; when it goes away, focus returns to the element that
 * had it (the button that opened it).
 *
 * Without `onDismiss` the dialog cannot be dismissed (Escape does nothing): the person must use
 * one of its own buttons or links.
 */
export function ModalDialog({
  title,
  description,
  onDismiss,
  children,
}: {
  readonly title: ReactNode;
  /** The first paragraph, announced with the title (aria-describedby). */
  readonly description: ReactNode;
  readonly onDismiss?: () => void;
  readonly children?: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const descriptionId = useId();
  const dismiss = useRef(onDismiss);
  useEffect(() => {
    dismiss.current = onDismiss;
  });

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const open = () => {
      if (dialog.open) return;
      // jsdom has no showModal(); the attribute alone still makes it an open dialog there.
      if (typeof dialog.showModal === "function") dialog.showModal();
      else dialog.setAttribute("open", "");
    };
    // Escape: handled by us, so React state stays the single truth about whether it is open.
    const onCancel = (event: Event) => {
      event.preventDefault();
      dismiss.current?.();
    };
    // A browser may close a modal dialog even when its cancel is prevented (close watchers without
    // user activation): reopen one that may not be dismissed, report the others as dismissed.
    const onClose = () => {
      if (!dialog.isConnected) return;
      if (dismiss.current) dismiss.current();
      else open();
    };
    dialog.addEventListener("cancel", onCancel);
    dialog.addEventListener("close", onClose);
    open();
    return () => {
      dialog.removeEventListener("cancel", onCancel);
      dialog.removeEventListener("close", onClose);
      if (dialog.open && typeof dialog.close === "function") dialog.close();
      if (previous?.isConnected) previous.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog-content"
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      onKeyDown={(event) => {
        if (event.key === "Escape" && !onDismiss) event.preventDefault();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={descriptionId}>{description}</p>
      {children}
    </dialog>
  );
}
