/**
 * The generated parts of docs/: the Assessment's field table (from the zod schema, through its JSON
 * Schema: the very labels, units, ranges and options the form and the CLI's messages use) and the
 * criteria of each instrument (from the instrument modules, lib/scores/<id>/, and lib/sources: the text the result
 * page's "about" dialogs show). Each sits between `<!-- generated:NAME -->` and
 * `<!-- /generated:NAME -->` in a hand-written page; tests/scripts/docs.test.ts checks they are
 * current, and `UPDATE_DOCS=1 npx vitest run tests/scripts/docs.test.ts` rewrites them.
 */
import * as z from "zod";
import { AssessmentSchema } from "@/lib/assessment/schema";
import { INSTRUMENTS } from "@/lib/scores";
import { INSTRUMENT_IDS } from "@/lib/scores/types";
import { citationUrl, formatCitation } from "@/lib/sources/registry";

interface JsonSchema {
  readonly type?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, JsonSchema>>;
  readonly anyOf?: readonly JsonSchema[];
  readonly enum?: readonly string[];
  readonly minimum?: number;
  readonly maximum?: number;
  readonly maxLength?: number;
  readonly const?: unknown;
}

const cellText = (text: string): string => text.replaceAll("|", "\\|").replaceAll("\n", " ");

/** The branch of a nullable field that is not null. */
const valueBranch = (schema: JsonSchema): JsonSchema => schema.anyOf?.find((branch) => branch.type !== "null") ?? schema;

function fieldRows(schema: JsonSchema, prefix: string): string[] {
  return Object.entries(schema.properties ?? {}).flatMap(([key, property]) => {
    const branch = valueBranch(property);
    const path = `${prefix}${key}`;
    if (branch.type === "object" && branch.properties !== undefined) return fieldRows(branch, `${path}.`);
    let kind = branch.type ?? "";
    if (branch.enum !== undefined) kind = "one of the options";
    else if (branch.type === "boolean") kind = "yes/no (tri-state)";
    else if (branch.minimum !== undefined) kind = `${branch.type} ${branch.minimum}–${branch.maximum}`;
    else if (branch.maxLength !== undefined) kind = `text, ≤ ${branch.maxLength} characters`;
    else if (branch.const !== undefined) kind = `always ${JSON.stringify(branch.const)}`;
    const description = property.description ?? branch.description ?? "";
    return [`| \`${path}\` | ${kind} | ${cellText(description)} |`];
  });
}

/** Every field of the Assessment: path, kind and range, and what it means. */
export function assessmentFieldTable(): string {
  const schema = z.toJSONSchema(AssessmentSchema, { io: "input", unrepresentable: "any" }) as JsonSchema;
  return ["| field | kind | meaning (unit, plausible range, options) |", "|---|---|---|", ...fieldRows(schema, "")].join("\n");
}

/** Each instrument: what it is for, its criteria as published, how crs-screen reads it, and its source. */
export function criteriaSections(): string {
  return INSTRUMENT_IDS.map((id) => {
    const d = INSTRUMENTS[id];
    const conventions: readonly string[] = d.about.conventions;
    return [
      `## ${d.name} (\`${id}\`)`,
      "",
      d.about.introduction,
      "",
      ...Object.entries(d.criteria).map(([criterion, { published }]) => `- **${criterion}**: ${published}`),
      "",
      `**Threshold:** ${d.threshold}. ${d.about.interpretation}`,
      "",
      `**How it was made:** ${d.about.derivation}`,
      ...(conventions.length > 0 ? ["", "**crs-screen's conventions:**", "", ...conventions.map((c) => `- ${c}`)] : []),
      "",
      `**Source** (\`${d.source}\`): ${formatCitation(d.source)} <${citationUrl(d.source)}>`,
    ].join("\n");
  }).join("\n\n");
}

/** `doc` with the text between the markers of `name` replaced by `body`; throws if the markers are missing. */
export function withGenerated(doc: string, name: string, body: string): string {
  const open = `<!-- generated:${name} -->`;
  const close = `<!-- /generated:${name} -->`;
  const start = doc.indexOf(open);
  const end = doc.indexOf(close);
  if (start === -1 || end < start) throw new Error(`no ${open} … ${close} in the page`);
  return `${doc.slice(0, start + open.length)}\n${body}\n${doc.slice(end)}`;
}
