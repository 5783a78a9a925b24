/**
 * A quick yes for the plainly valid Assessment, for `crs-screen score` on thousands of them: a
 * checker compiled once from the zod schema's own definition (objects, optional/nullable, numbers
 * with their ranges and whole-number rule, booleans, enums, literals, bounded text) plus the very
 * cross-field rules the schema applies (`crossFieldProblems`). It answers only "surely valid" or
 * "ask zod": anything it does not recognise — an unknown key, a wrong type, a value out of range,
 * a schema construct it was not built for — goes to `validateAssessment`, which words the
 * problems. So it can make validation faster, never laxer (tests/lib/assessment/quick-accept.test.ts
 * checks that every input it accepts, zod accepts too). Zod's own compiled parser is not
 * available to zod/mini's objects, and zod/mini is what keeps the browser's bundle small.
 */
import { AssessmentShape, crossFieldProblems, type Assessment } from "./schema";

/** The parts of a zod core definition this compiler reads (zod/v4/core `$ZodTypeDef` and checks). */
interface ZodNode {
  readonly _zod: { readonly def: ZodDef };
}
interface ZodDef {
  readonly type: string;
  readonly innerType?: ZodNode;
  readonly shape?: Readonly<Record<string, ZodNode>>;
  readonly catchall?: ZodNode;
  readonly entries?: Readonly<Record<string, string | number>>;
  readonly values?: readonly unknown[];
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly coerce?: boolean;
}
interface CheckDef {
  readonly check: string;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly format?: string;
  readonly maximum?: number;
}

class Unsupported extends Error {}

/** A constant of the schema as JavaScript source (only finite numbers, text, booleans and null). */
function literal(value: unknown): string {
  if (typeof value === "number" && !Number.isFinite(value)) throw new Unsupported(`the constant ${value}`);
  if (value === null || typeof value === "string" || typeof value === "boolean" || typeof value === "number") return JSON.stringify(value);
  throw new Unsupported(`a constant of type ${typeof value}`);
}

/**
 * Source lines that `return false` unless the value in variable `v` passes `node` — straight-line
 * code with the schema's numbers written in, the way zod's own compiled parser works.
 */
class Compiler {
  private names = 0;
  readonly lines: string[] = [];

  private fresh(): string {
    return `v${++this.names}`;
  }

  node(node: ZodNode, v: string): void {
    const def = node._zod.def;
    const checks = (def.checks ?? []).map((c) => c._zod.def);
    if (def.coerce === true) throw new Unsupported("coercion");
    if (checks.length > 0 && def.type !== "number" && def.type !== "string") throw new Unsupported(`checks on ${def.type}`);
    switch (def.type) {
      case "optional":
      case "nullable": {
        const empty = def.type === "optional" ? "undefined" : "null";
        this.lines.push(`if (${v} !== ${empty}) {`);
        this.node(def.innerType!, v);
        this.lines.push("}");
        return;
      }
      case "number":
        return this.number(checks, v);
      case "string": {
        const longest = checks.map((c) => (c.check === "max_length" && typeof c.maximum === "number" ? c.maximum : Number.NaN));
        if (longest.some(Number.isNaN)) throw new Unsupported("a string check other than max_length");
        this.lines.push(`if (typeof ${v} !== "string"${longest.map((n) => ` || ${v}.length > ${literal(n)}`).join("")}) return false;`);
        return;
      }
      case "boolean":
        this.lines.push(`if (typeof ${v} !== "boolean") return false;`);
        return;
      case "enum":
      case "literal": {
        const allowed = def.type === "enum" ? Object.values(def.entries ?? {}) : (def.values ?? []);
        if (allowed.length === 0) throw new Unsupported(`an empty ${def.type}`);
        this.lines.push(`if (${allowed.map((value) => `${v} !== ${literal(value)}`).join(" && ")}) return false;`);
        return;
      }
      case "object":
        if (def.catchall?._zod.def.type !== "never") throw new Unsupported("an object that is not strict");
        return this.strictObject(def.shape ?? {}, v);
      default:
        throw new Unsupported(def.type);
    }
  }

  private number(checks: readonly CheckDef[], v: string): void {
    const tests = [`typeof ${v} !== "number"`, `!Number.isFinite(${v})`];
    for (const check of checks) {
      if (check.check === "greater_than") tests.push(`!(${v} ${check.inclusive === true ? ">=" : ">"} ${literal(check.value)})`);
      else if (check.check === "less_than") tests.push(`!(${v} ${check.inclusive === true ? "<=" : "<"} ${literal(check.value)})`);
      else if (check.check === "number_format" && check.format === "safeint") tests.push(`!Number.isSafeInteger(${v})`);
      else throw new Unsupported(`the number check ${check.check}`);
    }
    this.lines.push(`if (${tests.join(" || ")}) return false;`);
  }

  /** Plain records only (JSON makes no others), every key known, each value passing its field. */
  private strictObject(shape: Readonly<Record<string, ZodNode>>, v: string): void {
    const [keys, found] = [this.fresh(), this.fresh()];
    this.lines.push(
      `if (typeof ${v} !== "object" || ${v} === null || Array.isArray(${v})) return false;`,
      `if (Object.getPrototypeOf(${v}) !== Object.prototype && Object.getPrototypeOf(${v}) !== null) return false;`,
      `let ${keys} = 0, ${found} = 0;`,
      `for (const _ in ${v}) ${keys}++;`,
    );
    for (const [key, field] of Object.entries(shape)) {
      const value = this.fresh();
      const optional = field._zod.def.type === "optional";
      this.lines.push(`if (Object.hasOwn(${v}, ${literal(key)})) {`, `${found}++;`, `const ${value} = ${v}[${literal(key)}];`);
      this.node(field, value);
      this.lines.push(optional ? "}" : "} else return false;");
    }
    // A key counted but not found is one the schema does not know (or an inherited one).
    this.lines.push(`if (${keys} !== ${found}) return false;`);
  }
}

/**
 * The compiled checker. `new Function` runs only under Node (the CLI); the browser never loads
 * this module, and its Content-Security-Policy would forbid it.
 */
function compile(node: ZodNode): (value: unknown) => boolean {
  const compiler = new Compiler();
  compiler.node(node, "input");
  return new Function("input", `"use strict";\n${compiler.lines.join("\n")}\nreturn true;`) as (value: unknown) => boolean;
}

const acceptsShape = compile(AssessmentShape as unknown as ZodNode);

/** True only when the schema surely accepts `input` unchanged (it has no transforms); false means "ask zod". */
export function quickAccept(input: unknown): input is Assessment {
  return acceptsShape(input) && crossFieldProblems(input as Assessment).length === 0;
}
