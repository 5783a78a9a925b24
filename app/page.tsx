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
      {/* Not prefetched, like the site header's links: fetching the first step's code (44 kB) while
          this page loads made the page itself heavier (197 → 153 kB by Lighthouse). The step is
          fetched when tapped; from there on each step prefetches the next when idle. */}
      <div className="actions">
        <Link prefetch={false} href="/assess/context" className="button primary">
          Start a new assessment
        </Link>
        <Link prefetch={false} href="/scenarios" className="button">
          Scenario checklists
        </Link>
        <Link prefetch={false} href="/import" className="button">
          Import a case
        </Link>
        <Link prefetch={false} href="/about" className="button">
          Method and sources
        </Link>
      </div>
    </main>
  );
}
