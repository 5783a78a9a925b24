"use client";

import { useState } from "react";
import { keepsOnDevice, setKeepOnDevice } from "@/lib/form";
import { useBrowserStores } from "./use-browser-stores";

/** The explicit choice to keep the case on this device (localStorage) instead of this tab's session. */
export function KeepOnDevice() {
  const stores = useBrowserStores();
  const [keep, setKeep] = useState<boolean | null>(null);
  if (!stores) return null;
  const checked = keep ?? keepsOnDevice(stores);
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          setKeepOnDevice(stores, e.target.checked);
          setKeep(e.target.checked);
        }}
      />
      Keep this case on this device after the browser is closed (stored in this browser only; never sent anywhere)
    </label>
  );
}
