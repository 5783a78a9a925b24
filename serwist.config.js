// @ts-check
/**
 * `serwist build` (run by `npm run build` and `npm run build:static` after `next build`) bundles
 * app/sw.ts with esbuild and injects its precache list. Configurator mode of @serwist/next
 * (https://serwist.pages.dev/docs/next/config) builds the worker after Next.js has prerendered
 * every route, so each page's HTML is precached with its scripts and styles: Serwist's webpack
 * plugin runs before prerendering, and Turbopack builds this app.
 *
 * Every route is static, so the same list serves `next start` and the static export (`serve`
 * answers `/assess/context` with out/assess/context.html, as `next start` does). Only where the
 * worker is written differs: `next start` serves public/ as it is at run time; the export has
 * already copied public/ into out/.
 */
import { serwist } from "@serwist/next/config";

const staticExport = process.env.STATIC_EXPORT === "1";
const appDir = ".next/server/app/";

export default serwist({
  swSrc: "app/sw.ts",
  swDest: staticExport ? "out/sw.js" : "public/sw.js",
  // The manifest and the SVG icon are Next metadata routes, built as `<name>.body` files.
  globPatterns: [".next/static/**/*.{js,css,svg,png,woff2}", "public/**/*", `${appDir}{manifest.webmanifest,icon.svg}.body`],
  // A worker written by an earlier `npm run build` must not be precached by the export's worker.
  globIgnores: ["public/sw.js", "public/sw.js.map"],
  manifestTransforms: [
    (entries) => ({
      manifest: entries.map((entry) => (entry.url.endsWith(".body") ? { ...entry, url: `/${entry.url.slice(appDir.length, -".body".length)}` } : entry)),
      warnings: [],
    }),
  ],
});
