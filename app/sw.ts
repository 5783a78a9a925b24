/// <reference lib="webworker" />
/**
 * The service worker (issue 31, item 3): after one online visit the whole app works offline.
 * `serwist build` (serwist.config.js) bundles this file after `next build` and injects the
 * precache list: every prerendered page (each form step, the result, the summary, every built-in
 * scenario and its instructor view, import, about…) and every file of `_next/static` and public/.
 * crs-screen has no backend and no other origin, so there is nothing to cache at run time.
 */
import { type PrecacheEntry, Serwist } from "serwist";

declare const self: ServiceWorkerGlobalScope & { readonly __SW_MANIFEST: readonly (PrecacheEntry | string)[] | undefined };

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST ? [...self.__SW_MANIFEST] : [],
  precacheOptions: {
    // A previous version's files are removed once this one activates.
    cleanupOutdatedCaches: true,
    // Next's client router fetches a page's data at its address plus `?_rsc=…`, so `_rsc` is not
    // ignored (Serwist's default ignores only utm_* and fbclid): the page's cached HTML must never
    // answer it. It goes to the network; offline, where that fails, the router loads the page
    // itself — from this cache (e2e/offline.spec.ts). (On `next start` the HTML's Vary header
    // would also keep them apart; a static host sends none.)
  },
  // A new version waits until the person presses "Reload" (components/service-worker): it is never
  // swapped under a case in progress. Serwist activates a waiting worker on { type: "SKIP_WAITING" }.
  skipWaiting: false,
  // The first visit's page is controlled as soon as the worker is ready, so it works offline
  // without a reload. There is no older worker to take over from then, so nothing is swapped.
  clientsClaim: true,
  disableDevLogs: true,
});

serwist.addEventListeners();
