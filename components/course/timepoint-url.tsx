"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useEffect, useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import { saveWaitingTyping } from "@/components/assessment/after-next-paint";
import { atOfQuery, indexOfAt, withAt } from "@/lib/case/at-query";
import type { TimePointAt } from "@/lib/case/schema";
import { atLabel, loadCaseDraft, switchTimePoint } from "@/lib/form/case-draft";
import type { Stores } from "@/lib/form/draft";

/** This page's address naming the time-point `at` (other parameters kept); null names none (a case of one time-point). */
export function addressAt(at: TimePointAt | null): string {
  return `${window.location.pathname}${withAt(window.location.search, at)}${window.location.hash}`;
}

/** The address of this page for the case's time-point `at`: its day when the case has several time-points. */
export function addressOf(stores: Stores, at: TimePointAt): string {
  return addressAt(loadCaseDraft(stores).timepoints.length > 1 ? at : null);
}

// Set once this page is going to another day's: the case already names the day arrived at, so the
// address left is not checked against it (it would switch back).
let leaving = false;

/** Opens `address`, another day's page, with a full load (every view reads the current time-point when it mounts). */
export function openDay(address: string, { replace = false }: { readonly replace?: boolean } = {}): void {
  leaving = true;
  if (replace) window.location.replace(address);
  else window.location.assign(address);
}

/**
 * Keeps the time-point the steps edit and the one the address names the same (issue 28 item 3):
 * Back or Forward to a page of another day edits that day again, never the day left. A day change
 * is a full page load (every view reads the current time-point when it mounts), so this runs when
 * a page loads, when it comes back from the back-forward cache, and on each client navigation (a
 * link without the day gets it). An address naming a day the case no longer has (moved, or a
 * cleared case) shows the current time-point, and says so.
 */
export function TimePointInUrl() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const [missing, setMissing] = useState<{ readonly named: TimePointAt; readonly shown: TimePointAt } | null>(null);
  useEffect(() => {
    const stores = BROWSER_STORES;
    if (stores === null) return;
    const check = (): void => {
      if (leaving) return;
      const theCase = loadCaseDraft(stores);
      const named = atOfQuery(window.location.search);
      const index = named === null ? theCase.current : indexOfAt(theCase.timepoints, named);
      if (index >= 0 && index !== theCase.current) {
        // The typing waiting to be saved belongs to the day it was typed in: saved first, then the switch.
        saveWaitingTyping();
        switchTimePoint(stores, index);
        leaving = true;
        window.location.reload();
        return;
      }
      const current = theCase.timepoints[theCase.current]!.at;
      if (named !== null && index < 0) setMissing({ named, shown: current });
      const address = addressOf(stores, current);
      if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`) window.history.replaceState(null, "", address);
    };
    check();
    // A page restored from the back-forward cache runs no effect again; its form may also hold values older than the case's.
    const restored = (event: PageTransitionEvent): void => {
      if (!event.persisted) return;
      leaving = false;
      check();
      if (!leaving) window.location.reload();
    };
    window.addEventListener("pageshow", restored);
    return () => window.removeEventListener("pageshow", restored);
  }, [pathname, search]);
  if (missing === null) return null;
  return (
    <p role="status" className="no-print">
      {atLabel(missing.named)} is not a time-point of this case (it may have been moved or cleared): this page edits {atLabel(missing.shown)}.
    </p>
  );
}
