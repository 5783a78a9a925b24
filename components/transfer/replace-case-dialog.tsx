"use client";

import { ModalDialog } from "@/components/dialog/modal-dialog";

/**
 * Asks before a case in progress is replaced (by a scenario, an imported file or a share link) —
 * or, with its own title and words, the studio's draft: nothing entered is lost without the
 * person saying so. Keeping is the default and the way out.
 */
export function ReplaceCaseDialog({
  title = "Replace the case in progress?",
  keepLabel = "Keep my case",
  description,
  replaceLabel,
  onKeep,
  onReplace,
}: {
  readonly title?: string;
  readonly keepLabel?: string;
  /** What replacing does, in this place's words. */
  readonly description: string;
  readonly replaceLabel: string;
  readonly onKeep: () => void;
  readonly onReplace: () => void;
}) {
  return (
    <ModalDialog title={title} description={description} onDismiss={onKeep}>
      <div className="actions">
        <button type="button" className="button" onClick={onKeep}>
          {keepLabel}
        </button>
        <button type="button" className="button danger" onClick={onReplace}>
          {replaceLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
