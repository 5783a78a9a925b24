// Types for eslint.config.mjs, which tests/scripts/lint-boundaries.test.ts imports.
import type { Linter } from "eslint";

export declare const libBoundaries: Linter.Config & { readonly rules: Readonly<Record<string, Linter.RuleEntry>> };
declare const config: Linter.Config[];
export default config;
