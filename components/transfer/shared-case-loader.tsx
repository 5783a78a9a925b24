"use client";

import { useEffect, useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import type { Case } from "@/lib/case/schema";
import { hasSharedCase } from "@/lib/transfer/share-fragment";
import { ReplaceCaseDialog } from "./replace-case-dialog";

/** Makes the shared case the draft in this browser and reloads the page without the fragment. */
async function openCase(theCase: Case): Promise<void> {
  if (BROWSER_STORES === null) return;
  const [{ clearDraft }, { replaceCaseDraft }] = await Promise.all([import("@/lib/form/draft"), import("@/lib/form/case-draft")]);
  clearDraft(BROWSER_STORES); // also drops unsaved typing and any scenario tag: this is another case
  replaceCaseDraft(BROWSER_STORES, theCase.timepoints, theCase.label);
  window.location.replace(window.location.pathname);
}

/**
 * What the person is told when the code that reads a link could not be fetched (offline, a file
 * server under load, or the site updated since the page was opened): without it the link would
 * do nothing, silently.
 */
const READER_UNAVAILABLE =
  "The part of this page that reads share links could not be loaded (are you offline, or was the site updated?). Reload the page to try again.";

/**
 * Opens a case from a share link (`#case=…`): validated like an imported file; on success it
 * becomes the draft in this browser and the page reloads without the fragment — after asking, when
 * a case is in progress here; a damaged link shows why and changes nothing. The reader and
 * validator are loaded only when a link carries a case.
 */
export function SharedCaseLoader() {
  const [problem, setProblem] = useState<{ readonly text: string; readonly below?: string } | null>(null);
  /** A valid shared case waiting for the person to say whether it may replace the case in progress. */
  const [waiting, setWaiting] = useState<Case | null>(null);
  useEffect(() => {
    let cancelled = false;
    const open = () => {
      const hash = window.location.hash;
      if (!hasSharedCase(hash)) return;
      Promise.all([import("@/lib/transfer/share-link"), import("@/lib/form/draft")]).then(async ([{ readSharedCase }, { hasCaseInProgress }]) => {
        const reading = await readSharedCase(hash);
        if (cancelled) return;
        // Whatever is shown below the message is not the shared case: say what it is.
        const below =
          BROWSER_STORES !== null && hasCaseInProgress(BROWSER_STORES)
            ? "What this page shows below is the case that was already in this browser, not the shared one."
            : "No case is open in this browser, so nothing below comes from the link.";
        if (!reading.ok) {
          // problemText's wording (lib/assessment/problem.ts), written out: every step page loads this
          // loader, and their page-weight ceiling (1.25× the framework floor) is met to 0.1 kB.
          setProblem({ text: reading.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join(" "), below });
          return;
        }
        if (BROWSER_STORES === null) {
          setProblem({ text: "This browser blocks site storage (cookies and site data are off), so there is nowhere to keep the case.", below });
          return;
        }
        if (hasCaseInProgress(BROWSER_STORES)) setWaiting(reading.case); // the dialog asks first
        else await openCase(reading.case);
      }).catch(() => {
        if (!cancelled) setProblem({ text: READER_UNAVAILABLE });
      });
    };
    open();
    // A link pasted into a tab already on this page changes only the fragment: no reload.
    window.addEventListener("hashchange", open);
    return () => {
      cancelled = true;
      window.removeEventListener("hashchange", open);
    };
  }, []);
  const keep = () => {
    setWaiting(null);
    // The link is set aside: a reload must not ask again.
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
  };
  return (
    <>
      {problem ? (
        <div className="error-summary" role="alert">
          <h2>The shared case could not be opened</h2>
          <p>{problem.text} The case in this browser is unchanged.</p>
          {problem.below ? (
            <p>
              <strong>{problem.below}</strong>
            </p>
          ) : null}
        </div>
      ) : null}
      {waiting ? (
        <ReplaceCaseDialog
          description="This link carries a case. Opening it replaces the case currently saved in this browser; this cannot be undone (export the current case first if you need it)."
          replaceLabel="Open the shared case"
          onKeep={keep}
          onReplace={() =>
            openCase(waiting).catch(() => {
              setWaiting(null);
              setProblem({ text: READER_UNAVAILABLE });
            })
          }
        />
      ) : null}
    </>
  );
}
