// Knip (run by `npm run lint`) reports files nothing reaches, exports nobody imports and
// dependencies nobody uses. Its plugins already read the Next.js app router, vitest.config.ts,
// playwright.config.ts, eslint.config.mjs and package.json's `bin` and scripts; what is listed
// here is what those cannot see.
import type { KnipConfig } from "knip";

const config: KnipConfig = {
  entry: [
    // The CLI: scripts/build-cli.mjs bundles it with esbuild into dist/, which bin/crs-screen.mjs loads.
    "cli/bin.ts!",
    // Run by hand or by npm scripts: `node scripts/*.mjs`, and scripts/bench.mjs bundles scripts/<name>.ts.
    "scripts/*.{mjs,ts}",
    // The bare Next.js app that `npm run bench:web` builds as the floor to compare against.
    "scripts/floor-app/app/*.jsx",
    "scripts/floor-app/next.config.mjs",
    // Types that TypeScript reads for a plain .mjs module a test imports (eslint.config.mjs beside
    // eslint.config.d.mts): knip follows the import to the .mjs, not to its types.
    "**/*.d.mts",
    // The service worker and its build configuration, read by `serwist build` (npm run build).
    "app/sw.ts",
    "serwist.config.js",
  ],
  // Started by path (`node node_modules/serve/build/main.js`) for the static export, not imported.
  ignoreDependencies: ["serve"],
  // poppler-utils, a system package: the browser tests read printed PDFs with them.
  ignoreBinaries: ["pdftotext", "pdfinfo"],
};

export default config;
