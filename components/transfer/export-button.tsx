"use client";

import { loadCaseDraft, transferable } from "@/lib/form/case-draft";
import { caseFileName, caseFileText } from "@/lib/transfer/case-export";
import { downloadJsonFile } from "./download-file";

/** Saves the case (every time-point) as a JSON file on this device (a local download; nothing is uploaded). */
export function ExportButton() {
  const download = () => {
    const theCase = loadCaseDraft({ session: window.sessionStorage, local: window.localStorage });
    const draft = theCase.timepoints[0]!.assessment;
    downloadJsonFile(caseFileName(theCase.label ?? (typeof draft.label === "string" ? draft.label : null)), caseFileText(transferable(theCase)));
  };
  return (
    <button type="button" className="button no-print" onClick={download}>
      Export case (JSON file)
    </button>
  );
}
