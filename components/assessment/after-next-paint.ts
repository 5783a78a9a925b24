"use client";

import { useCallback, useEffect, useRef } from "react";

/**
 * Runs `task` just after the browser's next paint: a frame callback runs before the paint, and a
 * task queued from it runs after. Returns a cancel function.
 */
export function afterNextPaint(task: () => void): () => void {
  let timeout: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timeout = window.setTimeout(task, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    if (timeout !== undefined) window.clearTimeout(timeout);
  };
}

/**
 * `save`, called with the latest value just after the next paint instead of at once. The form's
 * autosave checks the step against its schema and writes the draft (30–55 ms of a keystroke's
 * processing at 4× CPU throttling, `npm run bench:inp`): run inside the keystroke, that delayed the typed
 * character on screen (INP, web.dev/articles/optimize-inp "yield to the main thread"). Measured
 * with and without (docs/performance.md, "What was tried"): later keystrokes took 40–56 ms saving
 * at once and 24–32 ms saving after the paint; the submit's click 44–53 ms and 15–24 ms. Keystrokes
 * between two paints are saved once, with the last values. Nothing is lost: what is still waiting
 * is saved at once when the page is hidden (a reload, a closed tab) and when the step unmounts.
 */
export function useSaveAfterPaint<T>(save: (value: T) => void): (value: T) => void {
  const latestSave = useRef(save);
  const waiting = useRef<{ readonly value: T } | null>(null);
  const cancel = useRef<(() => void) | null>(null);
  useEffect(() => {
    latestSave.current = save;
  }, [save]);

  const flush = useCallback(() => {
    cancel.current?.();
    cancel.current = null;
    const pending = waiting.current;
    waiting.current = null;
    if (pending) latestSave.current(pending.value);
  }, []);

  useEffect(() => {
    // A hidden tab paints no frame (and a phone may discard it): save before that.
    const onHidden = () => {
      if (document.visibilityState === "hidden") flush();
    };
    window.addEventListener("pagehide", flush);
    window.addEventListener(SAVE_WAITING_EVENT, flush);
    document.addEventListener("visibilitychange", onHidden);
    return () => {
      window.removeEventListener("pagehide", flush);
      window.removeEventListener(SAVE_WAITING_EVENT, flush);
      document.removeEventListener("visibilitychange", onHidden);
      flush();
    };
  }, [flush]);

  return useCallback(
    (value: T) => {
      waiting.current = { value };
      cancel.current ??= afterNextPaint(flush);
    },
    [flush],
  );
}

/** Said on `window` each time the step form has written what was typed, for views that read the draft back. */
export const DRAFT_SAVED_EVENT = "crs-screen:draft-saved";

const SAVE_WAITING_EVENT = "crs-screen:save-waiting";

/**
 * Saves at once what the step form still holds for after the paint. Called before anything else
 * rewrites the case (a time-point switch, a copy from the previous one): the typing then lands in
 * the time-point it was typed in, before the rewrite, not after it on the way out of the page.
 */
export function saveWaitingTyping(): void {
  window.dispatchEvent(new Event(SAVE_WAITING_EVENT));
}
