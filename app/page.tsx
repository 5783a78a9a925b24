import Link from "next/link";
import { NonDiagnosticNotice } from "@/components/non-diagnostic-notice";

export default function HomePage() {
  return (
    <main id="main">
      <h1>crs-screen</h1>
      <p className="lede">
        An educational screening form for cytokine storm (cytokine release syndrome) and its look-alikes — haemophagocytic lymphohistiocytosis and
        macrophage activation syndrome — built for clinical training.
      </p>
      <NonDiagnosticNotice />
      <h2>What it does</h2>
      <p>
        Enter a training case step by step. Every published instrument that bears on the pattern is applied exactly as published — ASTCT 2019 CRS and
        ICANS grades, HScore, HLH-2004, cHIS, MAS-2016, ISTH overt DIC, and qSOFA as a sepsis prompt — with its criteria, the data still missing and its
        citation. Unknown stays unknown: a value you leave empty is never read as normal.
      </p>
      <div className="actions">
        <Link href="/assess/context" className="button primary">
          Start a new assessment
        </Link>
        <Link href="/scenarios" className="button">
          Scenario checklists
        </Link>
        <Link href="/import" className="button">
          Import a case
        </Link>
        <Link href="/about" className="button">
          Method and sources
        </Link>
      </div>
    </main>
  );
}
