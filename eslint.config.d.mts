// Types for eslint.config.mjs, which tests/scripts/lint-boundaries.test.ts imports.
import type { Linter } from "eslint";

type Boundaries = Linter.Config & { readonly rules: Readonly<Record<string, Linter.RuleEntry>> };

export declare const libBoundaries: Boundaries;
export declare const componentBoundaries: Boundaries;
declare const config: Linter.Config[];
export default config;
