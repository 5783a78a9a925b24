/**
 * How a share link marks its fragment, apart from the codec (./share-codec.ts) and the validators:
 * a page can check for a shared case or scenario without loading the reader, and load it only
 * when there is one.
 */
import type { ShareKind } from "./share-codec";

export const SHARE_PREFIX = "case=";
export const SHARE_VERSION = "v1";

/** A case (an Assessment or a Case of time-points): `#case=v1.…`. */
export const CASE_SHARE: ShareKind = { prefix: SHARE_PREFIX, version: SHARE_VERSION, noun: "a case" };

/** An instructor's scenario, from the studio: `#scenario=v1.…`. */
export const SCENARIO_SHARE: ShareKind = { prefix: "scenario=", version: "v1", noun: "a scenario" };

/** Whether a location hash carries a shared case at all. */
export function hasSharedCase(hash: string): boolean {
  return hash.replace(/^#/, "").startsWith(SHARE_PREFIX);
}

/** Whether a location hash carries a shared scenario at all. */
export function hasSharedScenario(hash: string): boolean {
  return hash.replace(/^#/, "").startsWith(SCENARIO_SHARE.prefix);
}
