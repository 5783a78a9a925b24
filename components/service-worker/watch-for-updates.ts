/**
 * Registers the service worker (app/sw.ts) and announces a new version rather than swapping it in.
 *
 * This runs as an inline script of the root layout (update-announcement.tsx), not as a client
 * component: a client component in the layout adds its code to every page's first scripts, and the
 * form steps sit at their ceiling of 1.25× the framework floor (scripts/bench-web.mjs). So the
 * function is self-contained — no imports, no closures — because its source text is what runs.
 *
 * Flow: once the page has loaded and the browser is idle, register `/sw.js`. A worker that finishes
 * installing while another controls the page is a new version: it waits (app/sw.ts never skips
 * waiting) and the announcement is shown. Only "Reload" asks it to take over (SKIP_WAITING), and the
 * page reloads when it has. The case lives in browser storage, so the reload keeps it.
 */
export function watchForUpdates(ids: { readonly announcement: string; readonly reload: string }): void {
  if (!("serviceWorker" in navigator)) return;
  const container = navigator.serviceWorker;
  let reloadRequested = false;

  function announce(registration: ServiceWorkerRegistration): void {
    const announcement = document.getElementById(ids.announcement);
    const reload = document.getElementById(ids.reload);
    if (!announcement || !reload) return;
    reload.onclick = () => {
      reloadRequested = true;
      registration.waiting?.postMessage({ type: "SKIP_WAITING" });
    };
    announcement.hidden = false;
  }

  function register(): void {
    container.register("/sw.js").then(
      // Nothing when registration is stubbed out (Playwright's `serviceWorkers: "block"`).
      (registration: ServiceWorkerRegistration | undefined) => {
        if (!registration) return;
        // A version that was already waiting when this page opened (e.g. announced in another tab).
        if (registration.waiting && container.controller) announce(registration);
        registration.addEventListener("updatefound", () => {
          const installing = registration.installing;
          installing?.addEventListener("statechange", () => {
            // With no controller this is the first install: nothing is replaced, so nothing to announce.
            if (installing.state === "installed" && container.controller) announce(registration);
          });
        });
      },
      () => undefined, // Storage blocked or a private mode without workers: the app still works online.
    );
  }

  // The first install also takes control (clientsClaim), which must not reload the page.
  container.addEventListener("controllerchange", () => {
    if (reloadRequested) window.location.reload();
  });

  // Safari has no requestIdleCallback: there, right after the load event.
  const whenIdle = () => ("requestIdleCallback" in window ? window.requestIdleCallback(register) : setTimeout(register, 1));
  if (document.readyState === "complete") whenIdle();
  else window.addEventListener("load", whenIdle, { once: true });
}
