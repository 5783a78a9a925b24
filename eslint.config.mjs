// ESLint flat config: Next's own rules (core web vitals, jsx-a11y, react-hooks) plus typed
// typescript-eslint rules for what STYLE.md asks the linter to hold (exhaustive switches,
// type-only imports, eqeqeq, no nested ternaries). Chosen over Biome because only ESLint runs
// the Next.js plugin and type-aware exhaustiveness checks; it needs TypeScript 6 (TOOLCHAIN.md).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import tseslint from "typescript-eslint";

/**
 * lib/ holds only code that runs in a browser (it also runs under Node, in the CLI and the tests,
 * but never needs Node): no React or Next, no Node built-ins (`node:fs` or bare `fs`), and nothing
 * from the app, the components or the command line, whether by the `@/` alias or a relative path.
 * tests/scripts/lint-boundaries.test.ts lints fixtures to show each rule bites.
 */
export const libBoundaries = {
  files: ["lib/**/*.{ts,tsx,js,mjs}"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["react", "react-dom", "next", "next/*"], message: "lib/ never imports React or Next." },
          { regex: "^node:", message: "lib/ runs in the browser: no Node built-ins." },
          { regex: "^@/(app|components|cli)(/|$)", message: "lib/ never imports the app, the components or the command line." },
        ],
      },
    ],
    // Bare built-ins (`fs`, `path`): eslint-plugin-import knows Node's list.
    "import/no-nodejs-modules": "error",
    // Relative paths too (`../../cli/main`), resolved to the folder they land in.
    "import/no-restricted-paths": [
      "error",
      { zones: [{ target: "./lib", from: ["./app", "./components", "./cli"], message: "lib/ never imports the app, the components or the command line." }] },
    ],
  },
};

/**
 * components/ are the parts the app's routes put together, so they never reach back into app/
 * (by the `@/` alias or a relative path): a route stays thin and the parts reusable.
 * tests/scripts/lint-boundaries.test.ts lints fixtures to show the rules bite.
 */
export const componentBoundaries = {
  files: ["components/**/*.{ts,tsx,js,mjs}"],
  rules: {
    "no-restricted-imports": ["error", { patterns: [{ regex: "^@/app(/|$)", message: "components/ never import the app." }] }],
    "import/no-restricted-paths": ["error", { zones: [{ target: "./components", from: "./app", message: "components/ never import the app." }] }],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  // public/sw.js: the service worker as `serwist build` bundles it from app/sw.ts (linted there).
  globalIgnores(["**/.next/**", "out/**", "dist/**", "public/sw.js", "public/sw.js.map", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"]),
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
  libBoundaries,
  componentBoundaries,
]);
