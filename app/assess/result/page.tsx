import type { Metadata } from "next";
import { ResultView } from "@/components/result/result-view";

export const metadata: Metadata = { title: "Result" };

export default function ResultPage() {
  return (
    <main id="main" className="wide">
      <h1 id="page-heading" tabIndex={-1}>
        Screening result
      </h1>
      <ResultView />
    </main>
  );
}
