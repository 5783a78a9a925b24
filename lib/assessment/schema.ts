import * as z from "zod/mini";
import {
  ENUM_FIELDS,
  FIELD_PATHS,
  FIELDS,
  LABEL_MAX_LENGTH,
  NUMERIC_FIELDS,
  SCHEMA_VERSION,
  TRI_STATE_FIELDS,
  fieldLabel,
  type EnumFieldPath,
  type FieldPath,
  type NumericField,
  type NumericFieldPath,
  type TriStateFieldPath,
} from "./fields";
import { crossFieldProblems } from "./cross-field";

// In the browser the app's Content-Security-Policy forbids eval (lib/security-headers.ts), so
// zod's compiled fast path can never run there; but zod finds that out by calling `new Function`
// once, and Chromium reports that caught call as a CSP violation (DevTools Issues; Lighthouse
// best practices). `jitless` skips the probe and takes the same path the probe would pick. Node
// (the CLI, tests under `node`) has no such policy and keeps the fast path.
if (typeof window !== "undefined") z.config({ jitless: true });

/**
 * The Assessment v1 contract (../shared/spec/ASSESSMENT.md) as one zod schema. The form, the
 * importer, the scenario files, the CLI and the published JSON Schema all use this schema;
 * `Assessment` is inferred from it. Its sections and their fields, in order, are built from the
 * field list (fields.ts: FIELDS), not written out again here; each field's kind gives its rule and
 * messages. Absent or `null` means unknown everywhere. Written with
 * `zod/mini` (the same zod 4 core, functional API): the browser bundles only the parts used —
 * about a third of classic zod, whose every schema carries all methods and the JSON Schema code.
 */

function shown(input: unknown): string {
  if (typeof input === "string") return JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input);
  if (input === undefined) return "nothing";
  if (typeof input === "object" && input !== null) return Array.isArray(input) ? "a list" : "an object";
  return String(input);
}

/**
 * A measured value in its canonical unit; messages name the field, the value and the allowed range.
 *
 * The wording stays the terse "Ferritin (ng/mL) must be between 0 and 500000; got -5" on purpose:
 * these messages are read where a value came from a file (the command line's one-line
 * `path: message` records, which README documents and people grep; the importer; scenario files),
 * and there "you typed" would be untrue and the canonical unit is the file's unit. The form, where
 * a person did type the value in a unit of their choice, restates them in plain words with
 * suggestions for a slip (lib/form/messages.ts: messageFor), recognising them by "must be between",
 * "must be a whole number" and the cross-field wordings (cross-field.ts) — change both together.
 */
function measured(path: NumericFieldPath) {
  const field: NumericField = NUMERIC_FIELDS[path];
  const name = fieldLabel(path);
  const range = `must be between ${field.min} and ${field.max}`;
  const checks = [
    ...(field.integer ? [z.int({ error: (issue) => `${name} must be a whole number; got ${shown(issue.input)}` })] : []),
    z.gte(field.min, { error: (issue) => `${name} ${range}; got ${shown(issue.input)}` }),
    z.lte(field.max, { error: (issue) => `${name} ${range}; got ${shown(issue.input)}` }),
  ];
  const schema = z
    .number({ error: (issue) => `${name} must be a number; got ${shown(issue.input)}` })
    .check(...checks)
    .register(z.globalRegistry, { description: `${name}: plausible ${field.min}–${field.max}${field.unit ? ` ${field.unit}` : ""}. Absent or null = unknown.` });
  return z.nullish(schema);
}

/** A tri-state finding: true = present, false = looked for and absent, absent/null = not assessed. */
function finding(path: TriStateFieldPath) {
  const name = TRI_STATE_FIELDS[path];
  return z.nullish(
    z
      .boolean({ error: (issue) => `${name} must be true (present), false (absent) or left out (not assessed); got ${shown(issue.input)}` })
      .register(z.globalRegistry, { description: `${name}: true = present, false = looked for and absent; absent or null = not assessed.` }),
  );
}

/** One of a field's options. */
function choice<P extends EnumFieldPath>(path: P) {
  const options: Readonly<Record<string, string>> = ENUM_FIELDS[path].options;
  const label = fieldLabel(path);
  const values = Object.keys(options) as [keyof (typeof ENUM_FIELDS)[P]["options"] & string, ...(keyof (typeof ENUM_FIELDS)[P]["options"] & string)[]];
  return z.nullish(
    z
      .enum(values, { error: (issue) => `${label} must be one of ${values.join(", ")}; got ${shown(issue.input)}` })
      .register(z.globalRegistry, { description: `${label}: ${values.map((v) => `${v} (${options[v]})`).join("; ")}. Absent or null = unknown.` }),
  );
}

/** The schema of one field, by its kind in fields.ts. */
type FieldSchema<P extends FieldPath> = P extends NumericFieldPath
  ? ReturnType<typeof measured>
  : P extends TriStateFieldPath
    ? ReturnType<typeof finding>
    : P extends EnumFieldPath
      ? ReturnType<typeof choice<P>>
      : never;

function fieldSchema(path: FieldPath): z.core.$ZodType {
  switch (FIELDS[path].kind) {
    case "number":
      return measured(path as NumericFieldPath);
    case "finding":
      return finding(path as TriStateFieldPath);
    case "choice":
      return choice(path as EnumFieldPath);
  }
}

/**
 * The shape of the fields under a prefix (`vitals`, `neuro.iceItems`), as fields.ts lists them:
 * each field by its key, and a group of fields (`neuro.iceItems.*`) as a nested object that may be
 * absent or null.
 */
type KeysUnder<Prefix extends string> = FieldPath extends infer P ? (P extends `${Prefix}.${infer Rest}` ? Rest : never) : never;
type GroupsUnder<Prefix extends string> = KeysUnder<Prefix> extends infer R ? (R extends `${infer Group}.${string}` ? Group : never) : never;
type ShapeOf<Prefix extends string> = {
  [K in Exclude<KeysUnder<Prefix>, `${string}.${string}`> | GroupsUnder<Prefix>]: K extends GroupsUnder<Prefix>
    ? z.ZodMiniOptional<z.ZodMiniNullable<ObjectOf<`${Prefix}.${K}`>>>
    : FieldSchema<`${Prefix}.${K}` & FieldPath>;
};
type ObjectOf<Prefix extends string> = z.ZodMiniObject<ShapeOf<Prefix>, z.core.$strict>;

/** The strict object of the fields under `prefix`, in the order fields.ts lists them. */
function objectOf<Prefix extends string>(prefix: Prefix): ObjectOf<Prefix> {
  const shape: Record<string, z.core.$ZodType> = {};
  for (const path of FIELD_PATHS) {
    if (!path.startsWith(`${prefix}.`)) continue;
    const [key, ...rest] = path.slice(prefix.length + 1).split(".") as [string, ...string[]];
    if (rest.length === 0) shape[key] = fieldSchema(path);
    else if (!(key in shape)) shape[key] = z.nullish(objectOf(`${prefix}.${key}`));
  }
  return z.strictObject(shape) as unknown as ObjectOf<Prefix>;
}

export const ContextSchema = objectOf("context");
export const VitalsSchema = objectOf("vitals");
export const FindingsSchema = objectOf("findings");
/** ICE items are a nested object; an item's `null` = not assessable (language, vision or hearing barrier). */
export const NeuroSchema = objectOf("neuro");
export const LabsSchema = objectOf("labs");
export const PathologySchema = objectOf("pathology");

/** The object shape alone, for `z.pick()` by the form's steps. */
export const AssessmentShape = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION, {
    error: (issue) => `Schema version must be ${SCHEMA_VERSION}; got ${shown(issue.input)}`,
  }),
  label: z.nullish(
    z
      .string({ error: (issue) => `Case label must be text; got ${shown(issue.input)}` })
      .check(z.maxLength(LABEL_MAX_LENGTH, { error: (issue) => `Case label must be at most ${LABEL_MAX_LENGTH} characters; got ${(issue.input as string).length}` })),
  ),
  context: z.nullish(ContextSchema),
  vitals: z.nullish(VitalsSchema),
  findings: z.nullish(FindingsSchema),
  neuro: z.nullish(NeuroSchema),
  labs: z.nullish(LabsSchema),
  pathology: z.nullish(PathologySchema),
});

/** The cross-field rules (cross-field.ts), as issues on the fields a person should change. */
function crossFieldRules(a: z.output<typeof AssessmentShape>, ctx: z.core.$RefinementCtx<z.output<typeof AssessmentShape>>): void {
  for (const problem of crossFieldProblems(a)) ctx.addIssue({ code: "custom", path: [...problem.path], message: problem.message, input: problem.input });
}

export const AssessmentSchema = AssessmentShape.check(z.superRefine(crossFieldRules));

/** A validated Assessment (canonical units; absent or null = unknown). */
export type Assessment = z.output<typeof AssessmentSchema>;
/** What a file or the form may hold before validation. */
export type AssessmentInput = z.input<typeof AssessmentSchema>;
