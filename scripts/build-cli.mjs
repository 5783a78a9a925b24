#!/usr/bin/env node
// Bundles the CLI (lib/cli/bin.ts and the framework-free library it uses) into one ES module, so
// `crs-screen` starts without TypeScript tooling or framework code. Runs on `npm install` (prepare).
// The output thread of a parallel `score` (lib/cli/output-thread.ts) is a bundle of its own, so
// starting it loads no scoring code.
import { build } from "esbuild";

await build({
  entryPoints: { "crs-screen": "lib/cli/bin.ts", "crs-screen-output": "lib/cli/output-thread.ts" },
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
