import type { ReactNode } from "react";
import { STATUS_TEXT, type Status } from "@/lib/result/status";
import styles from "./result.module.css";

/** One small icon per status, drawn (not a font glyph, which some phones lack). */
const ICON_PATHS = {
  // a tick
  met: "M3.5 8.5l3 3 6-7",
  // a dash
  "not-met": "M4 8h8",
  // a question mark
  unknown: "M5.8 6.2a2.3 2.3 0 1 1 3.4 2c-.8.4-1.2.9-1.2 1.8M8 12.4v.1",
  // a slash
  "not-applicable": "M4.5 11.5l7-7",
} as const satisfies Record<Status, string>;

export function StatusIcon({ status }: { readonly status: Status }) {
  return (
    <svg className={styles.statusIcon} viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
      <circle cx="8" cy="8" r="7.25" fill="none" stroke="currentColor" strokeWidth="1.5" />
      <path d={ICON_PATHS[status]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/**
 * A status as colour, icon and words together (never colour alone): the word is the status
 * ("Met") unless `children` say more ("Meets ≥ 169").
 */
export function StatusTag({ status, children }: { readonly status: Status; readonly children?: ReactNode }) {
  return (
    <span className={`${styles.status} ${styles[status]}`} data-status={status}>
      <StatusIcon status={status} />
      <span>{children ?? STATUS_TEXT[status]}</span>
    </span>
  );
}
