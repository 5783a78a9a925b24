"use client";

import { useEffect, useState } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import { hasSharedCase } from "@/lib/transfer/share-fragment";

/**
 * Opens a case from a share link (`#case=…`): validated like an imported file; on success it
 * becomes the draft in this browser and the page reloads without the fragment; a damaged link
 * shows why and changes nothing. The reader and validator are loaded only when a link carries a case.
 */
export function SharedCaseLoader() {
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    const open = () => {
      const hash = window.location.hash;
      if (!hasSharedCase(hash)) return;
      void Promise.all([import("@/lib/transfer/share-link"), import("@/lib/form/draft")]).then(async ([{ readSharedCase }, { clearDraft, saveDraft }]) => {
        const reading = await readSharedCase(hash);
        if (cancelled) return;
        if (!reading.ok) {
          setProblem(reading.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join(" "));
          return;
        }
        const stores = BROWSER_STORES;
        if (stores === null) {
          setProblem("This browser blocks site storage (cookies and site data are off), so there is nowhere to keep the case.");
          return;
        }
        clearDraft(stores); // also drops unsaved typing and any scenario tag: this is another case
        saveDraft(stores, reading.assessment);
        window.location.replace(window.location.pathname);
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
  return problem ? (
    <div className="error-summary" role="alert">
      <h2>The shared case could not be opened</h2>
      <p>{problem} The case in this browser is unchanged.</p>
    </div>
  ) : null;
}
