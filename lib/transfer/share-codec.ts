/**
 * The share links' codec, one for every kind a link carries (a case, a scenario): JSON,
 * deflate-compressed with the platform's CompressionStream (no library), base64url-encoded, behind
 * `kind=version.` in the URL fragment — which browsers never send to a server. This half reads a
 * link: unpacking stops at a size cap (a small link must not expand into megabytes) and yields
 * parsed JSON, for the kind's own schema to validate. Making one is ./share-pack.ts, apart, so
 * the pages that only make links (the result, the summary) do not load the reader.
 */

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

/** Inflates, stopping past `limit` bytes. */
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

/** How a kind of link marks its fragment: `case=v1.…`, `scenario=v1.…`. */
export interface ShareKind {
  /** "case=" */
  readonly prefix: string;
  readonly version: string;
  /** The thing carried, for the messages: "a case", "a scenario". */
  readonly noun: string;
}

export type Unpacked = { readonly ok: true; readonly json: unknown } | { readonly ok: false; readonly message: string };

/**
 * The JSON a location hash carries — kind, version, encoding, size (at most `maxBytes` unpacked:
 * the kind's file cap, kept beside its validator), JSON — or why it cannot be read.
 */
export async function unpackFragment(kind: ShareKind, hash: string, maxBytes: number): Promise<Unpacked> {
  const broken = (message: string): Unpacked => ({ ok: false, message });
  const fragment = hash.replace(/^#/, "");
  if (!fragment.startsWith(kind.prefix)) return broken(`This link does not carry ${kind.noun}.`);
  const body = fragment.slice(kind.prefix.length);
  const dot = body.indexOf(".");
  const version = dot < 0 ? "" : body.slice(0, dot);
  if (version !== kind.version) return broken(`This share link is of an unknown version (${version || "none"}); this crs-screen reads ${kind.version}.`);
  const bytes = fromBase64Url(body.slice(dot + 1));
  if (!bytes || bytes.length === 0) return broken("This share link is damaged (its data is not valid). Ask for the link again.");
  const inflated = await inflate(bytes, maxBytes);
  if (!inflated) return broken("This share link is damaged (its data cannot be unpacked). Ask for the link again.");
  try {
    return { ok: true, json: JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(inflated)) };
  } catch {
    return broken(`This share link is damaged (its data is not ${kind.noun}). Ask for the link again.`);
  }
}
