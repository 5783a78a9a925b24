"use client";

import { counted } from "@/lib/plural";
import { useRef, useState, type ReactNode } from "react";
import styles from "./scenarios.module.css";

/**
 * The instructor's stages, revealed one at a time: day 1 is shown, and each later day only when
 * the instructor asks ("Reveal day 2"), so a room can be taken through the case as it unfolds.
 * A stage not yet revealed is not rendered at all (not on screen, not in print).
 */
export function StageReveal({ names, stages }: { readonly names: readonly string[]; readonly stages: readonly ReactNode[] }) {
  const [revealed, setRevealed] = useState(1);
  const last = useRef<HTMLHeadingElement>(null);
  const next = revealed < stages.length ? names[revealed] : undefined;
  return (
    <>
      {stages.slice(0, revealed).map((stage, index) => (
        <section key={names[index]} className={index > 0 ? styles.revealed : undefined} aria-labelledby={`stage-heading-${index + 1}`}>
          <h2 id={`stage-heading-${index + 1}`} ref={index === revealed - 1 ? last : undefined} tabIndex={-1} className={styles.stageHeading}>
            {names[index]} (stage {index + 1} of {stages.length})
          </h2>
          {stage}
        </section>
      ))}
      {next ? (
        <div className={`actions ${styles.noPrint}`}>
          <button
            type="button"
            className="button primary"
            onClick={() => {
              setRevealed((n) => n + 1);
              // Focus the new day's heading once it is rendered, so keyboard and screen-reader users land on it.
              requestAnimationFrame(() => last.current?.focus());
            }}
          >
            Reveal {next.toLowerCase()}
          </button>
        </div>
      ) : (
        <p className={styles.noPrint}>All {counted(stages.length, "day")} are revealed.</p>
      )}
    </>
  );
}
