import type { Metadata } from "next";
import { SummaryView } from "@/components/summary/summary-view";
import { SharedCaseLoader } from "@/components/transfer/shared-case-loader";
import { APP_VERSION } from "@/lib/version";

export const metadata: Metadata = { title: "Educational screening summary — not a diagnosis" };

export default function SummaryPage() {
  return (
    <main id="main" className="summary">
      <SharedCaseLoader />
      <SummaryView version={APP_VERSION} />
    </main>
  );
}
