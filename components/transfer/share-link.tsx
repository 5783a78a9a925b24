"use client";

import { useState } from "react";
import { loadDraft } from "@/lib/form";
import { shareFragment } from "@/lib/transfer/case-export";

/** A link that reopens the case on another device; the case rides in the fragment, which is never sent to a server. */
export function ShareLink() {
  const [link, setLink] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);
  const create = async () => {
    const draft = loadDraft({ session: window.sessionStorage, local: window.localStorage });
    setLink(`${window.location.origin}/summary#${await shareFragment(draft)}`);
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
