/**
 * lib/ runs in the browser: eslint.config.mjs forbids Node built-ins and any import of the app, the
 * components or the command line there; and components/ never import the app. Each fixture below
 * is linted as if it were a file in lib/ or components/ (or, for contrast, in cli/) with Next's
 * rules and the boundary rules, to show the rules bite.
 */
import { ESLint } from "eslint";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { componentBoundaries, libBoundaries } from "../../eslint.config.mjs";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BOUNDARY_RULES = new Set([...Object.keys(libBoundaries.rules), ...Object.keys(componentBoundaries.rules)]);
let eslint: ESLint;

beforeAll(() => {
  // Without the typed rules of the full config: a fixture is not a file the TypeScript project knows.
  eslint = new ESLint({ cwd: ROOT, overrideConfigFile: true, overrideConfig: [...nextVitals, ...nextTs, libBoundaries, componentBoundaries] });
});

async function boundaryErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => BOUNDARY_RULES.has(m.ruleId ?? "")).map((m) => m.ruleId!);
}

describe("lib/ boundaries (eslint.config.mjs)", () => {
  test.each([
    ["a node: built-in", 'import { readFileSync } from "node:fs";\nexport const f = readFileSync;'],
    ["a bare built-in", 'import { join } from "path";\nexport const j = join;'],
    ["the command line by alias", 'import { main } from "@/cli/main";\nexport const m = main;'],
    ["the command line by a relative path", 'import { main } from "../../cli/main";\nexport const m = main;'],
    ["a component by a relative path", 'import { InstrumentCard } from "../../components/result/instrument-card";\nexport const c = InstrumentCard;'],
    ["the app by alias", 'import RootLayout from "@/app/layout";\nexport const l = RootLayout;'],
  ])("%s is an error in lib/", async (_what, code) => {
    expect(await boundaryErrors("lib/scores/fixture.ts", code)).not.toEqual([]);
  });

  test("lib/ may import lib/ and zod; cli/ may import Node and lib/", async () => {
    expect(await boundaryErrors("lib/scores/fixture.ts", 'import * as z from "zod";\nimport { screen } from "../screen/screen";\nexport const x = [z, screen];')).toEqual([]);
    expect(await boundaryErrors("cli/fixture.ts", 'import { readFileSync } from "node:fs";\nimport { screen } from "@/lib/screen/screen";\nexport const x = [readFileSync, screen];')).toEqual([]);
  });
}, 60_000);

describe("components/ boundaries (eslint.config.mjs)", () => {
  test.each([
    ["the app by alias", 'import RootLayout from "@/app/layout";\nexport const l = RootLayout;'],
    ["a route by alias", 'import StepPage from "@/app/assess/[step]/page";\nexport const p = StepPage;'],
    ["the app by a relative path", 'import RootLayout from "../../app/layout";\nexport const l = RootLayout;'],
  ])("%s is an error in components/", async (_what, code) => {
    expect(await boundaryErrors("components/result/fixture.tsx", code)).not.toEqual([]);
  });

  test("components/ may import lib/ and other components", async () => {
    const code = 'import { screen } from "@/lib/screen/screen";\nimport { Field } from "../assessment/field";\nexport const x = [screen, Field];';
    expect(await boundaryErrors("components/result/fixture.tsx", code)).toEqual([]);
  });

  test("the project's own config applies both fences", async () => {
    const project = new ESLint({ cwd: ROOT });
    for (const [file, fence] of [
      ["lib/scores/fixture.ts", libBoundaries],
      ["components/result/fixture.tsx", componentBoundaries],
    ] as const) {
      const { rules } = (await project.calculateConfigForFile(file)) as { rules: Record<string, unknown> };
      // ESLint hands a rule back as [severity as a number, ...its options].
      for (const [rule, entry] of Object.entries(fence.rules)) {
        expect(rules[rule], `${rule} in ${file}`).toEqual([2, ...(Array.isArray(entry) ? entry.slice(1) : [])]);
      }
    }
  });
}, 60_000);
