#!/usr/bin/env node
// Bundles the CLI (lib/cli/bin.ts and the framework-free library it uses) into one ES module, so
// `crs-screen` starts without TypeScript tooling or framework code. Runs on `npm install` (prepare).
import { build } from "esbuild";

await build({
  entryPoints: ["lib/cli/bin.ts"],
  outfile: "dist/crs-screen.mjs",
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  minify: false,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
