"use client";

import { ReplaceCaseDialog } from "@/components/transfer/replace-case-dialog";

/** Asks before the studio's draft is replaced or cleared, in the studio's words (the dialog is the case's). */
export function ReplaceDraftDialog({
  title = "Replace the scenario in the studio?",
  ...props
}: {
  readonly title?: string;
  readonly description: string;
  readonly replaceLabel: string;
  readonly onKeep: () => void;
  readonly onReplace: () => void;
}) {
  return <ReplaceCaseDialog title={title} keepLabel="Keep my draft" {...props} />;
}
