"use client";

import { ModalDialog } from "./modal-dialog";

/**
 * Asks before something written is replaced or cleared: nothing is lost without the person saying
 * so. Keeping is the default and the way out (Escape and the close button keep too).
 */
export function ReplaceDialog({
  title,
  description,
  keepLabel,
  replaceLabel,
  onKeep,
  onReplace,
}: {
  readonly title: string;
  /** What replacing does, in this place's words. */
  readonly description: string;
  readonly keepLabel: string;
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
