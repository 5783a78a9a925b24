import { readFileSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, test } from "vitest";

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(tsx?|jsx?)$/.test(name) ? [path] : [];
  });
}

test("no component renders raw HTML (dangerouslySetInnerHTML) — data is only ever text", () => {
  const offenders = ["app", "components", "lib"].flatMap(sources).filter((file) => readFileSync(file, "utf8").includes("dangerouslySetInnerHTML"));
  expect(offenders).toEqual([]);
});
