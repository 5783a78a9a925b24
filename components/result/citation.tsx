"use client";

import dynamic from "next/dynamic";

/**
 * A reference in full. On the result page every reference sits in a closed disclosure or a dialog,
 * so the registry (authors, titles, journals of every source: ~7 kB gzip) loads just after the
 * page's first scripts rather than with them — it keeps /assess/result within its page-weight
 * budget (issue 17). The text is there before anyone can open a disclosure, and before printing.
 */
export const Citation = dynamic(() => import("./citation-text").then((m) => m.CitationText), {
  ssr: false,
  loading: () => <span>Loading the reference…</span>,
});
