/**
 * What leaves this browser at the user's hand — a case file, a share link — made without the
 * validator (zod), so the pages that offer them do not load it up front. Reading either back in
 * validates it (./case-file.ts, ./share-link.ts).
 */
import type { AssessmentInput } from "../assessment/schema";
import { packFragment } from "./share-pack";
import { CASE_SHARE } from "./case-share";

/** The file name for an exported case: its label as a slug, never anything else from the case. */
export function caseFileName(label: string | null | undefined): string {
  const slug = (label ?? "")
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60);
  return `crs-screen-case${slug ? `-${slug}` : ""}.json`;
}

/**
 * The exported file's text, pretty-printed: the Assessment as stored (canonical units), or the
 * Case of time-points (lib/form/case-draft.ts `transferable` says which).
 */
export function caseFileText(draft: AssessmentInput | object): string {
  return `${JSON.stringify(draft, null, 2)}\n`;
}

/** The fragment (without `#`) that carries the case. */
export async function shareFragment(draft: AssessmentInput | object): Promise<string> {
  return packFragment(CASE_SHARE, draft);
}
