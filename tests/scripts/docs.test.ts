/** docs/ tells the truth: its generated parts match the schema and the instrument definitions (scripts/docs.ts). */
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { assessmentFieldTable, criteriaSections, withGenerated } from "../../scripts/docs";

const page = (name: string) => new URL(`../../docs/${name}`, import.meta.url);

describe.each([
  ["assessment-format.md", "fields", assessmentFieldTable],
  ["criteria.md", "criteria", criteriaSections],
])("docs/%s", (file, name, generate) => {
  test(`the ${name} section is current (UPDATE_DOCS=1 rewrites it)`, () => {
    const doc = readFileSync(page(file), "utf8");
    const current = withGenerated(doc, name, generate());
    if (process.env.UPDATE_DOCS === "1") writeFileSync(page(file), current);
    else expect(doc, `docs/${file} is out of date: UPDATE_DOCS=1 npx vitest run tests/scripts/docs.test.ts`).toBe(current);
  });
});
