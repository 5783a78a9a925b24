"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useState, type ReactNode } from "react";

const stay = (event: Event) => event.preventDefault();

/**
 * The modal itself, on @radix-ui/react-dialog (the stack's dialog): focus moves in and is trapped,
 * the page behind is hidden from assistive technology and does not scroll, Escape and a click
 * outside ask to close it, and focus returns where it was when it goes away. Rendered only while
 * open, so React state stays the one truth about whether it is open.
 *
 * Without `onDismiss` it cannot be dismissed (Escape and outside clicks do nothing): the person
 * must use one of its own buttons or links.
 */
export function RadixModalDialog({
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
  // There is no Radix trigger (the dialog is rendered only while open), so Radix would return focus
  // to nothing: remember what had focus when it opened (the button that opened it) and go back there.
  const [opener] = useState(() => (document.activeElement instanceof HTMLElement ? document.activeElement : null));
  const returnFocus = (event: Event) => {
    event.preventDefault();
    if (opener?.isConnected) opener.focus();
  };
  return (
    <Dialog.Root
      open
      onOpenChange={(open) => {
        if (!open) onDismiss?.();
      }}
    >
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content
          className="dialog-content"
          onEscapeKeyDown={onDismiss ? undefined : stay}
          onPointerDownOutside={onDismiss ? undefined : stay}
          onCloseAutoFocus={returnFocus}
        >
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description>{description}</Dialog.Description>
          {children}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
