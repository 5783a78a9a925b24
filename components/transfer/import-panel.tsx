"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type DragEvent } from "react";
import { BROWSER_STORES } from "@/components/assessment/use-browser-stores";
import Link from "next/link";
import type { Case } from "@/lib/case/schema";
import { SCENARIO_NOT_CASE } from "@/lib/transfer/file-kind";
import { ReplaceCaseDialog } from "./replace-case-dialog";

/** A problem as shown: the field's label and path, then the message. */
interface ShownProblem {
  readonly key: string;
  readonly text: string;
}

/**
 * Import a case file (picker or drag-and-drop). A bad file changes nothing and says why. The
 * reader and validator are loaded when a file is chosen, not with the page.
 */
export function ImportPanel() {
  const router = useRouter();
  const inputId = useId();
  const [problems, setProblems] = useState<readonly ShownProblem[] | null>(null);
  const [dragging, setDragging] = useState(false);
  /** A valid file waiting for the person to say whether it may replace the case in progress. */
  const [waiting, setWaiting] = useState<Case | null>(null);

  const replace = async (theCase: Case) => {
    const { replaceCaseDraft } = await import("@/lib/form/case-draft");
    if (BROWSER_STORES === null) return;
    // Unsaved typing belongs to the case being replaced (replaceCaseDraft drops it). A running scenario stays tagged: a trainee
    // may bring in the case they prepared for it (a shared link, by contrast, is someone else's case).
    replaceCaseDraft(BROWSER_STORES, theCase.timepoints, theCase.label);
    router.push("/assess/review");
  };

  const take = async (file: File | undefined) => {
    if (!file) return;
    const [{ MAX_CASE_BYTES, readCaseText }, { fieldLabel }, { hasCaseInProgress }] = await Promise.all([
      import("@/lib/transfer/case-file"),
      import("@/lib/assessment/fields"),
      import("@/lib/form/draft"),
    ]);
    if (BROWSER_STORES === null) {
      const message = "This browser blocks site storage (cookies and site data are off), so there is nowhere to keep the case.";
      setProblems([{ key: message, text: message }]);
      return;
    }
    if (file.size > MAX_CASE_BYTES) {
      const message = `The file is ${Math.round(file.size / 1024)} KB; a case file is at most ${MAX_CASE_BYTES / 1024} KB.`;
      setProblems([{ key: message, text: message }]);
      return;
    }
    const reading = readCaseText(await file.text());
    if (!reading.ok) {
      setProblems(reading.problems.map((p) => ({ key: `${p.path}:${p.message}`, text: p.path ? `${fieldLabel(p.path)} (${p.path}): ${p.message}` : p.message })));
      return;
    }
    setProblems(null);
    if (hasCaseInProgress(BROWSER_STORES)) setWaiting(reading.case); // the dialog asks first
    else await replace(reading.case);
  };

  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void take(event.dataTransfer.files[0]);
  };

  return (
    <>
      {problems ? (
        <div className="error-summary" role="alert" aria-labelledby="import-problems">
          <h2 id="import-problems">The file was not imported; the current case is unchanged</h2>
          <ul>
            {problems.map((p) => (
              <li key={p.key}>
                {p.text}
                {p.text === SCENARIO_NOT_CASE ? (
                  <>
                    {" "}
                    <Link href="/scenarios#scenario-import-heading">Go to the scenarios</Link>.
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <div
        className={dragging ? "drop-zone dragging" : "drop-zone"}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
      >
        <label htmlFor={inputId}>Choose a case file (.json), or drop it here</label>
        <input id={inputId} type="file" accept="application/json,.json" onChange={(e) => void take(e.target.files?.[0])} />
        <p className="hint">The file is read in this browser only. It replaces the current case once it passes validation (after asking, if a case is in progress).</p>
      </div>
      {waiting ? (
        <ReplaceCaseDialog
          description="The file is valid. Importing it replaces the case currently saved in this browser; this cannot be undone (export the current case first if you need it)."
          replaceLabel="Replace it with the file"
          onKeep={() => setWaiting(null)}
          onReplace={() => void replace(waiting)}
        />
      ) : null}
    </>
  );
}
