import type { Metadata } from "next";
import { SummaryView } from "@/components/summary/summary-view";

export const metadata: Metadata = { title: "Educational screening summary — not a diagnosis" };

export default function SummaryPage() {
  return (
    <main id="main" className="summary">
      <SummaryView />
    </main>
  );
}
