"use client";

import { startTransition, useEffect, useState } from "react";

/**
 * False on the first render, then true in a transition: a view that shows its heavy part only once
 * this is true has that part rendered by React in short slices, so on a slow phone it is not one
 * long task holding up the first tap (Lighthouse's total blocking time).
 */
export function useRenderedInTransition(): boolean {
  const [rendered, setRendered] = useState(false);
  useEffect(() => startTransition(() => setRendered(true)), []);
  return rendered;
}
