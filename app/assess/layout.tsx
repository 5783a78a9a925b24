import { Suspense, type ReactNode } from "react";
import { ProgressNav } from "@/components/assessment/progress-nav";
import { ScenarioVignettePanel } from "@/components/scenarios/scenario-vignette-panel";
import { NoticeButton, NoticeGate } from "@/components/notice/notice-dialog";
import { SharedCaseLoader } from "@/components/transfer/shared-case-loader";
import { TimePointSwitcher } from "@/components/course/timepoint-switcher";
import { TimePointInUrl } from "@/components/course/timepoint-url";
import { STEPS, stepPaths } from "@/lib/form/steps";

// Ids, titles and the paths each step asks for only: the client navigation needs nothing else of the step table.
const STEP_LINKS = STEPS.map((step) => ({ id: step.id, title: step.title, paths: stepPaths(step) }));

export default function AssessLayout({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <NoticeGate />
      <SharedCaseLoader />
      <ProgressNav steps={STEP_LINKS} />
      {/* One line above the step: where the case is in time, and the notice (issue 17: the answer keeps the first screen). */}
      <div className="case-bar">
        {/* The day in the address (useSearchParams): in its own boundary, so the static export prerenders the rest of the page. */}
        <Suspense fallback={null}>
          <TimePointInUrl />
        </Suspense>
        <TimePointSwitcher firstStep={STEPS[0]!.id} />
        <div className="notice-reopen">
          <NoticeButton />
        </div>
      </div>
      <ScenarioVignettePanel />
      {children}
    </>
  );
}
