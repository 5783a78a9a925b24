"use client";

import { ReplaceDialog } from "@/components/dialog/replace-dialog";

/** Asks before the studio's draft is replaced or cleared (as ReplaceCaseDialog does for a case). */
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
  return <ReplaceDialog title={title} keepLabel="Keep my draft" {...props} />;
}
