import type { Metadata } from "next";
import { DISCLAIMER } from "@/lib/disclaimer";
import { LEVEL_RULE } from "@/lib/screen/level";
import { INSTRUMENTS } from "@/lib/scores";
import { formatCitation } from "@/lib/sources";

export const metadata: Metadata = { title: "Method and sources" };

export default function AboutPage() {
  return (
    <main id="main">
      <h1>Method and sources</h1>
      <section id="notice" aria-labelledby="notice-heading" className="notice">
        <h2 id="notice-heading">{DISCLAIMER.heading}</h2>
        <p>{DISCLAIMER.body}</p>
        <ul>
          <li>No patient identifiers are asked for; use a training case title.</li>
          <li>Everything you enter stays in this browser: nothing is sent to a server, and there is no analytics.</li>
          <li>Unknown stays unknown: a value you leave empty is never read as normal.</li>
        </ul>
      </section>
      <h2>The overall level</h2>
      <p>{LEVEL_RULE}</p>
      <h2>Instruments</h2>
      {Object.entries(INSTRUMENTS).map(([id, d]) => (
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
