"use client";

import { usePathname } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { useBrowserStores, useStorageBlocked } from "@/components/assessment/use-browser-stores";
import { DRAFT_SAVED_EVENT, saveWaitingTyping } from "@/components/assessment/after-next-paint";
import { addTimePoint, atLabel, dayInRange, loadCaseDraft, setCurrentAt, switchTimePoint, type CaseDraft } from "@/lib/form/case-draft";
import { DAY_RANGE, MAX_TIMEPOINTS } from "@/lib/case/at";
import { atQuery } from "@/lib/case/at-query";
import type { TimePointAt } from "@/lib/case/schema";
import { addressAt, addressOf, openDay } from "./timepoint-url";
import styles from "./switcher.module.css";

/**
 * The bar as prerendered (no storage on the server): a case of one time-point, as every new case
 * is, so the bar does not change height under the page when the stored case is read (a case of
 * several time-points keeps the step unpainted until then: lib/form/stored-layout.ts).
 */
const NEW_CASE: CaseDraft = { current: 0, timepoints: [{ at: { day: 0 }, assessment: { schemaVersion: 1 } }] };

const RANGE_MESSAGE = `The day must be between ${DAY_RANGE.min} and ${DAY_RANGE.max} (relative to day 0, the infusion or the admission).`;

/** Reads "3" and "08:00" (or "") as a time-point; null when the day is not a whole number or the time not HH:MM. */
function readAt(day: string, time: string): TimePointAt | null {
  if (!/^-?\d{1,4}$/.test(day.trim())) return null;
  const t = time.trim();
  if (t !== "" && !/^([01]\d|2[0-3]):[0-5]\d$/.test(t)) return null;
  return t === "" ? { day: Number(day) } : { day: Number(day), time: t };
}

/**
 * Where the steps are in the case: its time-points (Day 1 · Day 3 · Day 6), the current one's day,
 * and "Add a time-point". Every view reads the current time-point when it mounts, so a change of
 * day loads the page afresh (nothing is lost: the draft is saved as typed), at an address naming
 * the day (./timepoint-url.tsx), so Back returns to the day left.
 */
export function TimePointSwitcher({ firstStep }: { /** The id of the first step: a new time-point opens there, to be entered. */ readonly firstStep: string }) {
  const stores = useBrowserStores();
  const blocked = useStorageBlocked();
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  const [newDay, setNewDay] = useState<string | null>(null);
  const [newTime, setNewTime] = useState("");
  // Read again on each step and as the form saves: the first day follows the days since infusion as it is typed (case-draft.ts defaultDay).
  usePathname();
  const [, setTick] = useState(0);
  useEffect(() => {
    const again = () => setTick((n) => n + 1);
    window.addEventListener(DRAFT_SAVED_EVENT, again);
    return () => window.removeEventListener(DRAFT_SAVED_EVENT, again);
  }, []);
  if (blocked) return null;
  const theCase = stores === null ? NEW_CASE : loadCaseDraft(stores);
  const current = theCase.timepoints[theCase.current]!;
  const last = theCase.timepoints.at(-1)!;
  // The day after the last: the first time-point's day follows the days since infusion (case-draft.ts defaultDay), so this does too.
  const nextDay = newDay ?? String(last.at.day + 1);

  // The page left keeps its day in its address (with one time-point it had none), so Back returns to that day.
  const keepDayInHistory = () => window.history.replaceState(null, "", addressAt(current.at));
  const switchTo = (index: number) => {
    if (stores === null) return;
    saveWaitingTyping();
    keepDayInHistory();
    switchTimePoint(stores, index);
    openDay(addressOf(stores, theCase.timepoints[index]!.at));
  };
  const add = () => {
    if (stores === null) return;
    saveWaitingTyping();
    const at = readAt(nextDay, newTime);
    if (at === null) return setMessage("The day must be a whole number (it may be negative) and the time HH:MM or empty.");
    if (!dayInRange(at)) return setMessage(RANGE_MESSAGE);
    if (theCase.timepoints.length >= MAX_TIMEPOINTS) return setMessage(`A case holds at most ${MAX_TIMEPOINTS} time-points.`);
    keepDayInHistory();
    if (!addTimePoint(stores, at)) return setMessage(`A new time-point must come after ${atLabel(last.at)}.`);
    // The new day is to be entered: its first step, not the result of a day with nothing in it yet (issue 28 item 3).
    openDay(`/assess/${firstStep}?${atQuery(at)}`);
  };
  const move = (form: HTMLFormElement) => {
    if (stores === null) return;
    saveWaitingTyping();
    const data = new FormData(form);
    const at = readAt(String(data.get("day") ?? ""), String(data.get("time") ?? ""));
    if (at === null) return setMessage("The day must be a whole number (it may be negative) and the time HH:MM or empty.");
    if (!dayInRange(at)) return setMessage(RANGE_MESSAGE);
    if (!setCurrentAt(stores, at)) return setMessage("Time-points stay in order: this one must come after the one before it and before the one after it.");
    // The same page at the day's new name: the old one is no longer a time-point of the case.
    openDay(addressOf(stores, at), { replace: true });
  };

  const several = theCase.timepoints.length > 1;
  return (
    <section className={`${styles.switcher} ${several ? styles.several : ""} no-print`} aria-labelledby={`${id}-h`}>
      {/* With one time-point the heading is for screen readers only: the day is not news yet. */}
      <h2 id={`${id}-h`} className={several ? undefined : "visually-hidden"}>
        Time-point: {atLabel(current.at)} ({theCase.current + 1} of {theCase.timepoints.length})
      </h2>
      {several ? (
        <nav aria-label="Time-points of this case">
          <ul className={styles.points}>
            {theCase.timepoints.map((point, index) => (
              <li key={`${point.at.day}-${point.at.time ?? ""}`}>
                <button type="button" className="button" aria-current={index === theCase.current ? "true" : undefined} onClick={() => switchTo(index)}>
                  {atLabel(point.at)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {/* Closed by default: on a phone the controls took the whole first screen of every step and of the result. */}
      <details className={styles.edit} open={message !== null}>
        <summary>{several ? "Add a time-point, or change this one's day" : "Add a time-point"}</summary>
        <form
          className={styles.row}
          aria-label="Move this time-point"
          onSubmit={(e) => {
            e.preventDefault();
            move(e.currentTarget);
          }}
        >
          <label>
            Day of this time-point
            <input type="text" name="day" inputMode="numeric" defaultValue={String(current.at.day)} key={`d${current.at.day}`} />
          </label>
          <label>
            Time (optional)
            <input type="text" name="time" inputMode="numeric" placeholder="HH:MM" defaultValue={current.at.time ?? ""} key={`t${current.at.time ?? ""}`} />
          </label>
          <button type="submit" className="button">
            Set day
          </button>
        </form>
        <div className={styles.row}>
          <label>
            Day of the new time-point
            <input type="text" inputMode="numeric" value={nextDay} onChange={(e) => setNewDay(e.target.value)} />
          </label>
          <label>
            Time (optional)
            <input type="text" inputMode="numeric" placeholder="HH:MM" value={newTime} onChange={(e) => setNewTime(e.target.value)} />
          </label>
          <button type="button" className="button" onClick={add}>
            Add a time-point
          </button>
        </div>
        <p className="hint">A new time-point carries the context (setting, age) forward and nothing else: yesterday&apos;s vitals and labs are not today&apos;s.</p>
      </details>
      {message ? (
        <p className={styles.message} role="alert">
          {message}
        </p>
      ) : null}
    </section>
  );
}
