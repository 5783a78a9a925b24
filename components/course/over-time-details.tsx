import type { ReactNode } from "react";
import styles from "./course.module.css";

/**
 * On the result of a case over time, a part that repeats for the time-point shown what the course
 * and the summary table already say (each instrument's criteria, the therapy classes): closed on
 * the screen, so a several-day result stays a phone's scroll (issue 28: 7 600 px), and printed
 * open (course.module.css `.more`). A single assessment shows it as before.
 */
export function OverTimeDetails({ overTime, summary, children }: { readonly overTime: boolean; readonly summary: ReactNode; readonly children: ReactNode }) {
  if (!overTime) return <>{children}</>;
  return (
    <details className={`${styles.more} ${styles.overTime}`}>
      <summary>{summary}</summary>
      {children}
    </details>
  );
}
