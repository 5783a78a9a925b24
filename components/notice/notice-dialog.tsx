"use client";

import { BROWSER_STORES, sessionValue } from "@/components/assessment/use-browser-stores";
import Link from "next/link";
import { useState, useSyncExternalStore } from "react";
import { DialogButton } from "@/components/dialog/dialog-button";
import { ModalDialog } from "@/components/dialog/modal-dialog";
import { DISCLAIMER } from "@/lib/disclaimer";
import { NOTICE_KEY } from "@/lib/form/keys";

function NoticeList() {
  return (
    <ul>
      <li>No patient identifiers are asked for; use a training case title.</li>
      <li>Everything you enter stays in this browser: nothing is sent to a server, and there is no analytics.</li>
      <li>Unknown stays unknown: a value you leave empty is never read as normal.</li>
    </ul>
  );
}

/** Reopens the notice from any page. */
export function NoticeButton() {
  return (
    <DialogButton label="Reopen the notice" title={DISCLAIMER.heading} description={DISCLAIMER.body}>
      <NoticeList />
    </DialogButton>
  );
}

const noSubscription = () => () => {};

/**
 * Before the first assessment of a browser session the notice must be acknowledged; the answer is
 * remembered for the session (sessionStorage), never sent anywhere. Escape does not dismiss it.
 */
export function NoticeGate() {
  // On the server (and before hydration) the notice counts as acknowledged: it opens in the browser.
  const acknowledgedBefore = useSyncExternalStore(
    noSubscription,
    () => sessionValue(NOTICE_KEY) === "true",
    () => true,
  );
  const [acknowledgedNow, setAcknowledgedNow] = useState(false);
  const acknowledge = () => {
    // With storage blocked it is asked again on the next page load: nowhere to remember it.
    BROWSER_STORES?.session.setItem(NOTICE_KEY, "true");
    setAcknowledgedNow(true);
  };
  if (acknowledgedBefore || acknowledgedNow) return null;
  return (
    <ModalDialog title={`Before you start: ${DISCLAIMER.heading.toLowerCase()}`} description={DISCLAIMER.body}>
      <NoticeList />
      <div className="actions">
        <button type="button" className="button primary" onClick={acknowledge}>
          I understand — continue
        </button>
        <Link href="/" className="button">
          Back to home
        </Link>
      </div>
    </ModalDialog>
  );
}
