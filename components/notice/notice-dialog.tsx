"use client";

import * as Dialog from "@radix-ui/react-dialog";
import Link from "next/link";
import { useState, useSyncExternalStore } from "react";
import { DISCLAIMER } from "@/lib/disclaimer";
import { NOTICE_KEY } from "@/lib/form";

function NoticeText() {
  return (
    <>
      <Dialog.Description>{DISCLAIMER.body}</Dialog.Description>
      <ul>
        <li>No patient identifiers are asked for; use a training case title.</li>
        <li>Everything you enter stays in this browser: nothing is sent to a server, and there is no analytics.</li>
        <li>Unknown stays unknown: a value you leave empty is never read as normal.</li>
      </ul>
    </>
  );
}

/** Reopens the notice from any page. */
export function NoticeButton() {
  return (
    <Dialog.Root>
      <Dialog.Trigger className="link-button">Reopen the notice</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content">
          <Dialog.Title>{DISCLAIMER.heading}</Dialog.Title>
          <NoticeText />
          <Dialog.Close className="button">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

const noSubscription = () => () => {};

/**
 * Before the first assessment of a browser session the notice must be acknowledged; the answer is
 * remembered for the session (sessionStorage), never sent anywhere.
 */
export function NoticeGate() {
  // On the server (and before hydration) the notice counts as acknowledged: it opens in the browser.
  const acknowledgedBefore = useSyncExternalStore(
    noSubscription,
    () => window.sessionStorage.getItem(NOTICE_KEY) === "true",
    () => true,
  );
  const [acknowledgedNow, setAcknowledgedNow] = useState(false);
  const acknowledge = () => {
    window.sessionStorage.setItem(NOTICE_KEY, "true");
    setAcknowledgedNow(true);
  };
  return (
    <Dialog.Root open={!acknowledgedBefore && !acknowledgedNow}>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content" onEscapeKeyDown={(e) => e.preventDefault()} onPointerDownOutside={(e) => e.preventDefault()}>
          <Dialog.Title>Before you start: {DISCLAIMER.heading.toLowerCase()}</Dialog.Title>
          <NoticeText />
          <div className="actions">
            <button type="button" className="button primary" onClick={acknowledge}>
              I understand — continue
            </button>
            <Link href="/" className="button">
              Back to home
            </Link>
          </div>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
