"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { PENDING_PREFIX, STEPS } from "@/lib/form";
import { sessionValue } from "./use-browser-stores";

const noSubscription = () => () => {};

/** Steps holding typing that does not validate yet: the result does not include it, and says so. */
export function UnsavedSteps() {
  const pending = useSyncExternalStore(
    noSubscription,
    () => STEPS.filter((s) => sessionValue(PENDING_PREFIX + s.id) !== null).map((s) => s.id).join(","),
    () => "",
  );
  if (pending === "") return null;
  const steps = STEPS.filter((s) => pending.split(",").includes(s.id));
  return (
    <div className="error-summary" role="alert">
      <h2>Some typing is not saved yet</h2>
      <p>These steps have values that do not pass validation, so what is shown here does not include them:</p>
      <ul>
        {steps.map((s) => (
          <li key={s.id}>
            <Link href={`/assess/${s.id}`}>{s.title}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
