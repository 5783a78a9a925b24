#!/usr/bin/env node
// Bundles the CLI (cli/bin.ts and the framework-free library it uses) into one ES module, so
// `crs-screen` starts without TypeScript tooling or framework code. Runs on `npm install` (prepare).
// esbuild resolves the `@/` alias from tsconfig.json's paths.
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

await build({
  absWorkingDir: fileURLToPath(new URL("..", import.meta.url)),
  entryPoints: { "crs-screen": "cli/bin.ts" },
  outdir: "dist",
  outExtension: { ".js": ".mjs" },
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: false,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
