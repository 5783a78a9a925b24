"use client";

import { useState } from "react";
import { loadCaseDraft, transferable } from "@/lib/form/case-draft";
import { shareFragment } from "@/lib/transfer/case-export";

/** A link that reopens the case on another device; the case rides in the fragment, which is never sent to a server. */
export function ShareLink() {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const create = async () => {
    const theCase = loadCaseDraft({ session: window.sessionStorage, local: window.localStorage });
    setLink(`${window.location.origin}/summary#${await shareFragment(transferable(theCase))}`);
    setCopied(false);
  };
  return (
    <div className="share no-print">
      <button type="button" className="button" onClick={() => void create()}>
        Create share link
      </button>
      {link ? (
        <p>
          <label>
            Share link (the case is inside the link, after #; it is not stored anywhere)
            <input type="text" readOnly value={link} onFocus={(e) => e.target.select()} className="share-url" />
          </label>{" "}
          <button
            type="button"
            className="button"
            onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
          >
            {copied ? "Copied" : "Copy"}
          </button>
        </p>
      ) : null}
    </div>
  );
}
