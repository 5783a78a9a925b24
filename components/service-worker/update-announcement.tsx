import { watchForUpdates } from "./watch-for-updates";

const IDS = { announcement: "update-announcement", reload: "update-announcement-reload" } as const;

/**
 * "A new version of crs-screen is ready": hidden until a new service worker is waiting
 * (watch-for-updates.ts shows it). A server component with an inline script, so no page's
 * scripts grow; rendered by the root layout in production only (a worker would cache the
 * development server's ever-changing files).
 */
export function UpdateAnnouncement() {
  return (
    <>
      <div id={IDS.announcement} className="update-announcement no-print" role="status" hidden>
        <p>A new version of crs-screen is ready — reload to use it.</p>
        <button id={IDS.reload} type="button" className="button primary">
          Reload
        </button>
      </div>
      {/* The function's own source, run once as the page is parsed (see watch-for-updates.ts). */}
      <script>{`(${watchForUpdates.toString()})(${JSON.stringify(IDS)})`}</script>
    </>
  );
}
