/**
 * What leaves this browser at the user's hand — a case file, a share link — made without the
 * validator (zod), so the pages that offer them do not load it up front. Reading either back in
 * validates it (./case-file.ts, ./share-link.ts).
 */
import type { AssessmentInput } from "../assessment/schema";
import { SHARE_PREFIX, SHARE_VERSION } from "./share-fragment";

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

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The fragment (without `#`) that carries the case. */
export async function shareFragment(draft: AssessmentInput | object): Promise<string> {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(draft)));
  return `${SHARE_PREFIX}${SHARE_VERSION}.${toBase64Url(packed)}`;
}
