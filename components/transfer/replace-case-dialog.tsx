"use client";

import { ReplaceDialog } from "@/components/dialog/replace-dialog";

/** Asks before a case in progress is replaced (by a scenario, an imported file or a share link). */
export function ReplaceCaseDialog(props: { readonly description: string; readonly replaceLabel: string; readonly onKeep: () => void; readonly onReplace: () => void }) {
  return <ReplaceDialog title="Replace the case in progress?" keepLabel="Keep my case" {...props} />;
}
