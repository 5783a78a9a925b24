/**
 * Share links: the Assessment travels in the URL fragment (`#case=…`, which browsers never send
 * to a server), packed by the share codec (./share-codec.ts: deflate + base64url behind a version
 * prefix); on open it is unpacked with a size cap and validated like any imported file.
 */
import { MAX_CASE_BYTES, readCase, type CaseReading } from "./case-file";
import { unpackFragment } from "./share-codec";
import { CASE_SHARE } from "./case-share";

export { SHARE_PREFIX, SHARE_VERSION, hasSharedCase } from "./share-fragment";

/** Reads a shared case from a location hash: version, encoding, size, JSON, schema. */
export async function readSharedCase(hash: string): Promise<CaseReading> {
  const unpacked = await unpackFragment(CASE_SHARE, hash, MAX_CASE_BYTES);
  return unpacked.ok ? readCase(unpacked.json) : { ok: false, problems: [{ path: "", message: unpacked.message }] };
}
