"use client";

import { useEffect } from "react";

/** How many frames to wait for a linked field to be drawn (the step renders its fields in slices). */
const FRAMES_TO_WAIT_FOR_TARGET = 30;

/**
 * After a page change, focus moves to the page's heading so screen readers announce where they
 * are — unless the address names an element (`#field-labs-ferritinNgPerMl`, from an "Enter it" or
 * "Missing" link): then that field is scrolled into view and focused, as GOV.UK's error summary
 * does, so the link lands where the answer is typed. A field not (yet) drawn is waited for a few
 * frames; one the form does not ask for this case falls back to the heading.
 */
export function useFocusHeading(id: string): void {
  useEffect(() => {
    const targetId = decodeURIComponent(window.location.hash.slice(1));
    if (targetId === "") {
      document.getElementById(id)?.focus();
      return;
    }
    let frame = 0;
    let handle = 0;
    const land = () => {
      const target = document.getElementById(targetId);
      if (target !== null) {
        target.scrollIntoView({ block: "center" });
        target.focus({ preventScroll: true });
      } else if (frame++ < FRAMES_TO_WAIT_FOR_TARGET) {
        handle = requestAnimationFrame(land);
      } else {
        document.getElementById(id)?.focus();
      }
    };
    land();
    return () => cancelAnimationFrame(handle);
  }, [id]);
}
