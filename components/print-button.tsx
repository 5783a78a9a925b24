"use client";

/** Opens the browser's print dialog ("Save as PDF" is one of its destinations). */
export function PrintButton({ label = "Print / save as PDF" }: { readonly label?: string }) {
  return (
    <button type="button" className="button no-print" onClick={() => window.print()}>
      {label}
    </button>
  );
}
