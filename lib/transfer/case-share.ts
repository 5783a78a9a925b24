/**
 * A case's share link (an Assessment or a Case of time-points), `#case=v1.…`, as the codec names
 * it: beside the fragment's marks (./share-fragment.ts), which every step page loads to look for a
 * link, not in them.
 */
import type { ShareKind } from "./share-codec";
import { SHARE_PREFIX, SHARE_VERSION } from "./share-fragment";

export const CASE_SHARE: ShareKind = { prefix: SHARE_PREFIX, version: SHARE_VERSION, noun: "a case" };
