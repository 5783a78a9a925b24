"use client";

import { useState, type ReactNode } from "react";
import { flushSync } from "react-dom";
import { PrintFrame } from "@/components/print-frame";
import styles from "./scenarios.module.css";

type Printing = "both" | "scenario" | "answer";

/**
 * The two printable sheets and the buttons that print one or both. The choice only hides the other
 * sheet in print (data-in-print); on screen both stay visible. Ctrl+P prints both.
 */
export function PrintSheets({
  scenarioSheet,
  answerSheet,
  forWhat,
}: {
  readonly scenarioSheet: ReactNode;
  readonly answerSheet: ReactNode;
  /** For a stage of an unfolding scenario ("day 2"): named in each button, so every stage's buttons differ. */
  readonly forWhat?: string;
}) {
  const suffix = forWhat ? ` for ${forWhat}` : "";
  const [printing, setPrinting] = useState<Printing>("both");
  const print = (which: Printing) => {
    // The sheet to skip must be hidden before the print dialog takes its snapshot.
    flushSync(() => setPrinting(which));
    window.addEventListener("afterprint", () => setPrinting("both"), { once: true });
    window.print();
  };
  return (
    <>
      <div className={`actions ${styles.noPrint}`}>
        <button type="button" className="button primary" onClick={() => print("answer")}>
          Print the answer sheet{suffix}
        </button>
        <button type="button" className="button" onClick={() => print("scenario")}>
          Print the scenario sheet{suffix}
        </button>
        <button type="button" className="button" onClick={() => print("both")}>
          Print both sheets{suffix}
        </button>
      </div>
      {/* Each sheet in its own frame: handed out apart, each carries the disclaimer on every page it runs to. */}
      <div className={styles.sheet} data-sheet="scenario" data-in-print={printing !== "answer"}>
        <PrintFrame running="crs-screen · Scenario sheet (for trainees) — training material, not a diagnosis">{scenarioSheet}</PrintFrame>
      </div>
      <div className={styles.sheet} data-sheet="answer" data-in-print={printing !== "scenario"}>
        <PrintFrame running="crs-screen · Answer sheet (for instructors) — training material, not a diagnosis">{answerSheet}</PrintFrame>
      </div>
    </>
  );
}
