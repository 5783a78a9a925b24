#!/usr/bin/env node
// The package's `bin`. The bundle is built by `npm install` (the `prepare` script). It is found
// beside this file, so `npx crs-screen` works from any folder; paths given to it are relative to
// the folder it is run from.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/crs-screen.mjs", import.meta.url);
if (!existsSync(bundle)) {
  process.stderr.write("crs-screen: the CLI bundle is missing; run `npm install` (or `node scripts/build-cli.mjs`) first.\n");
  process.exit(2);
}
await import(bundle.href);
