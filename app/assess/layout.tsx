import type { ReactNode } from "react";
import { ProgressNav } from "@/components/assessment/progress-nav";
import { NoticeGate } from "@/components/notice/notice-dialog";

export default function AssessLayout({ children }: { readonly children: ReactNode }) {
  return (
    <>
      <NoticeGate />
      <ProgressNav />
      {children}
    </>
  );
}
