import type { Metadata } from "next";
import { LEVEL_RULE } from "@/lib/screen";
import { INSTRUMENT_DEFINITIONS } from "@/lib/scores/definitions";
import { formatCitation } from "@/lib/sources";

export const metadata: Metadata = { title: "Method and sources" };

export default function AboutPage() {
  return (
    <main id="main">
      <h1>Method and sources</h1>
      <h2>The overall level</h2>
      <p>{LEVEL_RULE}</p>
      <h2>Instruments</h2>
      {Object.entries(INSTRUMENT_DEFINITIONS).map(([id, d]) => (
        <section key={id} aria-labelledby={`about-${id}`}>
          <h3 id={`about-${id}`}>{d.name}</h3>
          <p>{d.about.introduction}</p>
          <p>{d.about.derivation}</p>
          <p>{d.about.interpretation}</p>
          {d.about.conventions.length > 0 ? (
            <ul>
              {d.about.conventions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          ) : null}
          <p className="citation">{formatCitation(d.source)}</p>
        </section>
      ))}
    </main>
  );
}
