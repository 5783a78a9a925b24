"use client"; // Error boundaries are Client Components (Next 16, file conventions: error.js).

import Link from "next/link";
import { useEffect, useRef } from "react";

/**
 * Shown when a page fails to render. Calm and non-diagnostic: it says what happened to the page,
 * never anything about a patient, and shows no error text (it could hold data from the case).
 * `retry` re-renders the page (Next 16.3+: it also re-fetches, where `reset` only re-rendered).
 */
export default function ErrorPage({ retry }: { error: unknown; retry: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  // Screen reader and keyboard users land on the message, not at the top of a page that vanished.
  useEffect(() => heading.current?.focus(), []);

  return (
    <main id="main">
      <h1 ref={heading} tabIndex={-1}>
        This page could not be shown
      </h1>
      <p className="lede">Something went wrong while this page was being put together. It is a fault in crs-screen, not something you entered.</p>
      <p>Nothing you entered has left this browser. Trying again usually works; if it does not, the home page is a safe place to start from.</p>
      <div className="actions">
        <button type="button" className="button primary" onClick={() => retry()}>
          Try again
        </button>
        <Link href="/" className="button">
          Go to the home page
        </Link>
      </div>
    </main>
  );
}
