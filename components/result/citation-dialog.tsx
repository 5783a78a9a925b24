"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { INSTRUMENT_DEFINITIONS } from "@/lib/scores/definitions";
import type { InstrumentId } from "@/lib/scores/types";
import { citationUrl, formatCitation } from "@/lib/sources";

/** The full reference and "how this instrument was derived and validated". */
export function CitationDialog({ instrument }: { readonly instrument: InstrumentId }) {
  const d = INSTRUMENT_DEFINITIONS[instrument];
  return (
    <Dialog.Root>
      <Dialog.Trigger className="link-button">
        About {d.shortName} and its source<span className="visually-hidden"> (opens a dialog)</span>
      </Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay className="dialog-overlay" />
        <Dialog.Content className="dialog-content">
          <Dialog.Title>{d.name}</Dialog.Title>
          <Dialog.Description>{d.about.introduction}</Dialog.Description>
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
            {formatCitation(d.source)} <span className="url">{citationUrl(d.source)}</span>
          </p>
          <Dialog.Close className="button">Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}
