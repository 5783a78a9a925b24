import type { ReactNode } from "react";
import { ProgressNav } from "@/components/assessment/progress-nav";
import { ScenarioVignettePanel } from "@/components/scenarios/scenario-vignette-panel";
import { NoticeButton, NoticeGate } from "@/components/notice/notice-dialog";
import { SharedCaseLoader } from "@/components/transfer/shared-case-loader";
import { TimePointSwitcher } from "@/components/course/timepoint-switcher";
import { STEPS } from "@/lib/form/steps";

// Ids, titles and sections only: the client navigation needs nothing else of the step table.
const STEP_LINKS = STEPS.map(({ id, title, sections }) => ({ id, title, sections }));

export default function AssessLayout({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <NoticeGate />
      <SharedCaseLoader />
      <ProgressNav steps={STEP_LINKS} />
      {/* One line above the step: where the case is in time, and the notice (issue 17: the answer keeps the first screen). */}
      <div className="case-bar">
        <TimePointSwitcher />
        <div className="notice-reopen">
          <NoticeButton />
        </div>
      </div>
      <ScenarioVignettePanel />
      {children}
    </>
  );
}
