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

type Accept = (value: unknown) => boolean;

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

function numberChecks(checks: readonly CheckDef[]): Accept {
  let low = -Infinity;
  let lowInclusive = true;
  let high = Infinity;
  let highInclusive = true;
  let whole = false;
  for (const check of checks) {
    if (check.check === "greater_than" && typeof check.value === "number") [low, lowInclusive] = [check.value, check.inclusive === true];
    else if (check.check === "less_than" && typeof check.value === "number") [high, highInclusive] = [check.value, check.inclusive === true];
    else if (check.check === "number_format" && check.format === "safeint") whole = true;
    else throw new Unsupported(`number check ${check.check}`);
  }
  return (value) =>
    typeof value === "number" &&
    Number.isFinite(value) &&
    (!whole || Number.isSafeInteger(value)) &&
    (lowInclusive ? value >= low : value > low) &&
    (highInclusive ? value <= high : value < high);
}

function stringChecks(checks: readonly CheckDef[]): Accept {
  let longest = Infinity;
  for (const check of checks) {
    if (check.check === "max_length" && typeof check.maximum === "number") longest = Math.min(longest, check.maximum);
    else throw new Unsupported(`string check ${check.check}`);
  }
  return (value) => typeof value === "string" && value.length <= longest;
}

function strictObject(shape: Readonly<Record<string, ZodNode>>): Accept {
  const fields = new Map(Object.entries(shape).map(([key, node]) => [key, compile(node)] as const));
  const keys = [...fields.keys()];
  const accepts = [...fields.values()];
  return (value) => {
    if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
    const prototype: unknown = Object.getPrototypeOf(value);
    if (prototype !== Object.prototype && prototype !== null) return false; // plain records only (JSON makes no others)
    const record = value as Record<string, unknown>;
    for (const key in record) if (!Object.hasOwn(record, key) || !fields.has(key)) return false;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i]!;
      if (!accepts[i]!(Object.hasOwn(record, key) ? record[key] : undefined)) return false;
    }
    return true;
  };
}

/** The checker for one schema node; throws Unsupported for anything it cannot vouch for. */
function compile(node: ZodNode): Accept {
  const def = node._zod.def;
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  if (def.coerce === true) throw new Unsupported("coercion");
  if (checks.length > 0 && def.type !== "number" && def.type !== "string") throw new Unsupported(`checks on ${def.type}`);
  switch (def.type) {
    case "optional": {
      const inner = compile(def.innerType!);
      return (value) => value === undefined || inner(value);
    }
    case "nullable": {
      const inner = compile(def.innerType!);
      return (value) => value === null || inner(value);
    }
    case "number":
      return numberChecks(checks);
    case "string":
      return stringChecks(checks);
    case "boolean":
      return (value) => typeof value === "boolean";
    case "enum": {
      const allowed = new Set(Object.values(def.entries ?? {}));
      return (value) => (typeof value === "string" || typeof value === "number") && allowed.has(value);
    }
    case "literal": {
      const allowed = def.values ?? [];
      return (value) => allowed.includes(value);
    }
    case "object":
      if (def.catchall?._zod.def.type !== "never") throw new Unsupported("object that is not strict");
      return strictObject(def.shape ?? {});
    default:
      throw new Unsupported(def.type);
  }
}

const acceptsShape: Accept = compile(AssessmentShape as unknown as ZodNode);

/** True only when the schema surely accepts `input` unchanged (it has no transforms); false means "ask zod". */
export function quickAccept(input: unknown): input is Assessment {
  return acceptsShape(input) && crossFieldProblems(input as Assessment).length === 0;
}
