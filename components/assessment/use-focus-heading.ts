"use client";

import { useEffect } from "react";

/** After a page change, focus moves to the page's heading so screen readers announce where they are. */
export function useFocusHeading(id: string): void {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}
