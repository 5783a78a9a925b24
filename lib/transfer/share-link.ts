/**
 * Share links: the Assessment travels in the URL fragment (`#case=…`, which browsers never send
 * to a server), deflate-compressed (the platform's CompressionStream — no library) and
 * base64url-encoded, behind a version prefix; on open it is decompressed with a size cap and
 * validated like any imported file.
 */
import { MAX_CASE_BYTES, readCase, type CaseReading } from "./case-file";

import { SHARE_PREFIX, SHARE_VERSION } from "./share-fragment";

export { SHARE_PREFIX, SHARE_VERSION, hasSharedCase } from "./share-fragment";

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Inflates, stopping past the size cap (a small link must not expand into megabytes). */
async function inflate(bytes: Uint8Array, limit: number): Promise<Uint8Array | null> {
  try {
    const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream("deflate-raw")).getReader();
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        return null;
      }
      chunks.push(value);
    }
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk, offset);
      offset += chunk.length;
    }
    return out;
  } catch {
    return null;
  }
}

const broken = (message: string): CaseReading => ({ ok: false, problems: [{ path: "", message }] });

/** Reads a shared case from a location hash: version, encoding, size, JSON, schema. */
export async function readSharedCase(hash: string): Promise<CaseReading> {
  const fragment = hash.replace(/^#/, "");
  if (!fragment.startsWith(SHARE_PREFIX)) return broken("This link does not carry a case.");
  const body = fragment.slice(SHARE_PREFIX.length);
  const dot = body.indexOf(".");
  const version = dot < 0 ? "" : body.slice(0, dot);
  if (version !== SHARE_VERSION) return broken(`This share link is of an unknown version (${version || "none"}); this crs-screen reads ${SHARE_VERSION}.`);
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes || bytes.length === 0) return broken("This share link is damaged (its data is not valid). Ask for the link again.");
  const inflated = await inflate(bytes, MAX_CASE_BYTES);
  if (!inflated) return broken("This share link is damaged (its data cannot be unpacked). Ask for the link again.");
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inflated));
  } catch {
    return broken("This share link is damaged (its data is not a case). Ask for the link again.");
  }
  return readCase(json);
}
