import type { MetadataRoute } from "next";

/** Built once, at build time: required by the static export (`output: "export"`). */
export const dynamic = "force-static";

/** --colour-accent of app/tokens.css (a unit test keeps the two equal): the browser's bar when installed. */
export const THEME_COLOUR = "#1d4e89";

/**
 * The web app manifest (/manifest.webmanifest): with the service worker (app/sw.ts) it makes
 * crs-screen installable on a phone and usable offline in a teaching room.
 */
export default function manifest(): MetadataRoute.Manifest {
  return {
    name: "crs-screen — educational cytokine storm screening",
    short_name: "crs-screen",
    description: "An educational, non-diagnostic screening form for cytokine release syndrome and its look-alikes (HLH, MAS).",
    start_url: "/",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: THEME_COLOUR,
    icons: [
      { src: "/icon.svg", type: "image/svg+xml", sizes: "any" },
      // Rendered from app/icon.svg by scripts/render-icons.mjs.
      { src: "/icons/icon-192.png", type: "image/png", sizes: "192x192" },
      { src: "/icons/icon-512.png", type: "image/png", sizes: "512x512" },
    ],
  };
}
