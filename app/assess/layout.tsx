import type { ReactNode } from "react";
import { ProgressNav } from "@/components/assessment/progress-nav";
import { NoticeButton, NoticeGate } from "@/components/notice/notice-dialog";
import { SharedCaseLoader } from "@/components/transfer/shared-case-loader";

export default function AssessLayout({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <NoticeGate />
      <div className="notice-reopen">
        <NoticeButton />
      </div>
      <SharedCaseLoader />
      <ProgressNav />
      {children}
    </>
  );
}
