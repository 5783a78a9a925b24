/**
 * Making a share link's fragment: the other half of the codec (./share-codec.ts reads it back).
 * JSON, deflate-compressed with the platform's CompressionStream, base64url-encoded, behind
 * `kind=version.`. No reader and no validator here: the pages that make links load neither.
 */
import type { ShareKind } from "./share-codec";

function toBase64Url(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new CompressionStream("deflate-raw"));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The fragment (without `#`) that carries `value`. */
export async function packFragment(kind: ShareKind, value: unknown): Promise<string> {
  const packed = await deflate(new TextEncoder().encode(JSON.stringify(value)));
  return `${kind.prefix}${kind.version}.${toBase64Url(packed)}`;
}
