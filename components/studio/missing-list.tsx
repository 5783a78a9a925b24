import Link from "next/link";
import type { DraftToScenario } from "@/lib/scenarios/studio/draft";
import { STUDIO_HREFS, byPart } from "./studio-links";

type Missing = Extract<DraftToScenario, { ok: false }>["missing"];

/** What the scenario still lacks, grouped by part, each with a link to the page that fixes it. */
export function MissingList({ missing, headingLevel = 3 }: { readonly missing: Missing; readonly headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <>
      {byPart(missing).map(({ part, items }) => (
        <section key={part} aria-label={`Missing: ${part}`}>
          <Heading>{part}</Heading>
          <ul>
            {items.map((item, n) => (
              <li key={`${item.field}:${n}`}>
                <Link href={STUDIO_HREFS[item.page]}>{item.field}</Link>: {item.problem}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
