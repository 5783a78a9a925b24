import Link from "next/link";
import type { ReactNode } from "react";
import { FIELD_PATHS } from "@/lib/assessment/fields";
import { valueAt } from "@/lib/assessment/read";
import type { StudioDraft, StudioStage } from "@/lib/scenarios/studio/draft";

/** "Stage 2 (day 3)": the stage as the studio names it everywhere (the draft's own problems use these words). */
export function stageTitle(stage: StudioStage, index: number): string {
  return `Stage ${index + 1}${stage.day === undefined ? "" : ` (day ${stage.day})`}`;
}

/** The stage's answer key holds at least one value: there is something to write a vignette about or to screen. */
function hasValues(stage: StudioStage): boolean {
  return FIELD_PATHS.some((path) => {
    const value = valueAt(stage.answerKey, path);
    return value !== undefined && value !== null;
  });
}

/**
 * The vignette and the expected results are written about an answer key: until the case is
 * entered there is nothing to check or to propose, and the page says where to enter it.
 */
export function StudioAnswerKeyGate({ draft, children }: { readonly draft: StudioDraft | null; readonly children: (draft: StudioDraft) => ReactNode }) {
  if (draft === null) return <p>Loading the scenario draft from this browser…</p>;
  if (!draft.stages.some(hasValues)) {
    return (
      <div className="notice-inline" role="status">
        <p>
          <strong>No answer key yet.</strong> This part is written about the values of the case: enter them first in <Link href="/scenarios/new/case">the case</Link>{" "}
          (one stage per time-point).
        </p>
      </div>
    );
  }
  return children(draft);
}
