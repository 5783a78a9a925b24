"use client";

import { DialogButton } from "@/components/dialog/dialog-button";
import { INSTRUMENTS } from "@/lib/scores";
import type { InstrumentId } from "@/lib/scores/types";
import { Citation } from "./citation";

/** The full reference and "how this instrument was derived and validated". */
export function CitationDialog({ instrument }: { readonly instrument: InstrumentId }) {
  const d = INSTRUMENTS[instrument];
  return (
    <DialogButton
      label={
        <>
          About {d.shortName} and its source<span className="visually-hidden"> (opens a dialog)</span>
        </>
      }
      title={d.name}
      description={d.about.introduction}
    >
      <h3>How it was derived and validated</h3>
      <p>{d.about.derivation}</p>
      <h3>Interpretation</h3>
      <p>{d.about.interpretation}</p>
      {d.about.conventions.length > 0 ? (
        <>
          <h3>Conventions in crs-screen</h3>
          <ul>
            {d.about.conventions.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>Reference</h3>
      <p className="citation">
        <Citation sources={[d.source]} withUrl />
      </p>
    </DialogButton>
  );
}
