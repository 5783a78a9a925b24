import Link from "next/link";
import type { ReactNode } from "react";
import { STUDIO_HREFS } from "./studio-links";
import { enteredFieldPaths } from "@/lib/assessment/entered-paths";
import type { StudioDraft, StudioStage } from "@/lib/scenarios/studio/draft";

/** The stage's answer key holds at least one value: there is something to write a vignette about or to screen. */
const hasValues = (stage: StudioStage): boolean => enteredFieldPaths(stage.answerKey).length > 0;

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
          <strong>No answer key yet.</strong> This part is written about the values of the case: enter them first in <Link href={STUDIO_HREFS.case}>the case</Link>{" "}
          (one stage per time-point).
        </p>
      </div>
    );
  }
  return children(draft);
}
