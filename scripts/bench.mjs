#!/usr/bin/env node
// Bundles scripts/bench.ts with the library (esbuild) and runs it, so the figures are for plain
// Node without a TypeScript loader in the way.
import { build } from "esbuild";
import { spawnSync } from "node:child_process";

const which = process.argv[2] ?? "bench";
await build({ entryPoints: [`scripts/${which}.ts`], outfile: `dist/${which}.mjs`, bundle: true, platform: "node", format: "esm", target: "node20", logLevel: "warning", alias: { "@": "." } });
const result = spawnSync(process.execPath, [`dist/${which}.mjs`], { stdio: "inherit" });
process.exit(result.status ?? 1);
