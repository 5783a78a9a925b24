"use client";

import { loadDraft } from "@/lib/form";
import { caseFileName, caseFileText } from "@/lib/transfer/case-export";

/** Saves the case as a JSON file on this device (a local download; nothing is uploaded). */
export function ExportButton() {
  const download = () => {
    const draft = loadDraft({ session: window.sessionStorage, local: window.localStorage });
    const url = URL.createObjectURL(new Blob([caseFileText(draft)], { type: "application/json" }));
    const link = document.createElement("a");
    link.href = url;
    link.download = caseFileName(typeof draft.label === "string" ? draft.label : null);
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  return (
    <button type="button" className="button no-print" onClick={download}>
      Export case (JSON file)
    </button>
  );
}
