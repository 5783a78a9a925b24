"use client";

import { useRouter } from "next/navigation";
import { useId, useState, type DragEvent } from "react";

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

  const take = async (file: File | undefined) => {
    if (!file) return;
    const [{ MAX_CASE_BYTES, readCaseText }, { fieldLabel }, { clearPending, saveDraft }] = await Promise.all([
      import("@/lib/transfer/case-file"),
      import("@/lib/assessment/fields"),
      import("@/lib/form/draft"),
    ]);
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
    const stores = { session: window.sessionStorage, local: window.localStorage };
    // Unsaved typing belongs to the case being replaced. A running scenario stays tagged: a trainee
    // may bring in the case they prepared for it (a shared link, by contrast, is someone else's case).
    saveDraft(stores, reading.assessment);
    clearPending(stores);
    router.push("/assess/review");
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
              <li key={p.key}>{p.text}</li>
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
        <p className="hint">The file is read in this browser only. It replaces the current case once it passes validation.</p>
      </div>
    </>
  );
}
