#!/usr/bin/env node
// The package's `bin`. The bundle is built by `npm install` (the `prepare` script).
import { existsSync } from "node:fs";

const bundle = new URL("../dist/crs-screen.mjs", import.meta.url);
// The output thread of a parallel `score` is bundled beside it (scripts/build-cli.mjs).
if (![bundle, new URL("../dist/crs-screen-output.mjs", import.meta.url)].every(existsSync)) {
  process.stderr.write("crs-screen: the CLI bundle is missing or incomplete; run `npm install` (or `node scripts/build-cli.mjs`) first.\n");
  process.exit(2);
}
await import(bundle.href);
