// ESLint flat config: Next's own rules (core web vitals, jsx-a11y, react-hooks) plus typed
// typescript-eslint rules for what STYLE.md asks the linter to hold (exhaustive switches,
// type-only imports, eqeqeq, no nested ternaries). Chosen over Biome because only ESLint runs
// the Next.js plugin and type-aware exhaustiveness checks; it needs TypeScript 6 (TOOLCHAIN.md).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(["**/.next/**", "out/**", "dist/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
  {
    files: ["**/*.ts", "**/*.tsx"],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/switch-exhaustiveness-check": ["error", { considerDefaultExhaustiveForUnions: true }],
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-floating-promises": "error",
      eqeqeq: ["error", "always", { null: "ignore" }],
      "no-nested-ternary": "error",
      "no-restricted-properties": [
        "error",
        { object: "it", property: "only", message: "Focused tests must not land." },
        { object: "test", property: "only", message: "Focused tests must not land." },
        { object: "describe", property: "only", message: "Focused tests must not land." },
      ],
    },
  },
  {
    // lib/ is framework-free: it runs in the browser, in Node (CLI) and in tests.
    files: ["lib/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["react", "react-dom", "next", "next/*", "@/components/*", "@/app/*"], message: "lib/ never imports React, Next or UI code." }] },
      ],
    },
  },
]);
