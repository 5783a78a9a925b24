/**
 * How a share link marks its fragment, apart from the codec (./share-codec.ts) and the validators:
 * a page can check for a shared case without loading the reader, and load it only when there is
 * one.
 */
export const SHARE_PREFIX = "case=";
export const SHARE_VERSION = "v1";

/** Whether a location hash carries a shared case at all. */
export function hasSharedCase(hash: string): boolean {
  return hash.replace(/^#/, "").startsWith(SHARE_PREFIX);
}
