import Link from "next/link";
import { STUDIO_HREFS } from "./studio-links";

/** The studio's four parts, in the order an instructor writes a scenario. */
const STUDIO_PARTS = [
  { id: "case", label: "The case" },
  { id: "vignette", label: "The vignette" },
  { id: "expected", label: "Expected results and checklist" },
  { id: "cover", label: "The cover, and save" },
] as const;

export type StudioPartId = (typeof STUDIO_PARTS)[number]["id"];

/** The parts as numbered links, the current one marked for assistive technology and by more than colour. */
export function StudioNav({ current }: { readonly current: StudioPartId | "start" }) {
  return (
    <nav aria-label="Scenario studio">
      <ol className="studio-parts">
        <li>
          <Link href={STUDIO_HREFS.start} aria-current={current === "start" ? "page" : undefined}>
            Start
          </Link>
        </li>
        {STUDIO_PARTS.map((part, i) => (
          <li key={part.id}>
            <Link href={STUDIO_HREFS[part.id]} aria-current={current === part.id ? "page" : undefined}>
              {i + 1}. {part.label}
              {current === part.id ? " (this part)" : ""}
            </Link>
          </li>
        ))}
      </ol>
    </nav>
  );
}
