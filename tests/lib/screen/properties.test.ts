/**
 * Property tests over random schema-valid assessments (fast-check): the screening never throws,
 * its ranges are exact — every completion of the unknowns scores inside min..max and some
 * completions reach each end — added findings never lower a score, and unit round trips never
 * change a result.
 */
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { NUMERIC_FIELDS, TRI_STATE_FIELDS, ENUM_FIELDS, validateAssessment, type Assessment, type NumericFieldPath } from "@/lib/assessment";
import { INSTRUMENTS, highestPoints, lowestPoints, type InstrumentId, type InstrumentResult } from "@/lib/scores";
import { screen } from "@/lib/screen";
import { FIELD_QUANTITY, QUANTITIES, fromCanonical, toCanonical, type Quantity } from "@/lib/units";
import { assessmentArbitrary } from "../arbitraries";

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const IDS = Object.keys(INSTRUMENTS) as InstrumentId[];

function valid(input: unknown): Assessment {
  const result = validateAssessment(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.assessment;
}

const validAssessment = assessmentArbitrary("any").map(valid);

function setPath(target: Record<string, unknown>, path: string, value: unknown): void {
  const keys = path.split(".");
  let node = target;
  for (const key of keys.slice(0, -1)) {
    const next = node[key];
    node[key] = next != null && typeof next === "object" ? { ...(next as Record<string, unknown>) } : {};
    node = node[key] as Record<string, unknown>;
  }
  node[keys[keys.length - 1]!] = value;
}

function withValues(assessment: Assessment, values: ReadonlyMap<string, unknown>): Assessment {
  const copy = structuredClone(assessment) as Record<string, unknown>;
  for (const [path, value] of values) setPath(copy, path, value);
  // Completions range over each input independently: cross-field rules are not applied to them
  // (contract), so they are scored directly rather than re-validated.
  return copy as Assessment;
}

/** The values a missing field path can take in a completion: its ends, and a few inside. */
function candidates(path: string, rng: () => number): unknown[] {
  if (path in NUMERIC_FIELDS) {
    const f = NUMERIC_FIELDS[path as NumericFieldPath];
    const integer = "integer" in f && f.integer;
    const inside = [rng(), rng(), rng()].map((r) => f.min + r * (f.max - f.min)).map((v) => (integer ? Math.round(v) : v));
    return [f.min, f.max, ...inside];
  }
  if (path in TRI_STATE_FIELDS) return [false, true];
  if (path in ENUM_FIELDS) return Object.keys(ENUM_FIELDS[path as keyof typeof ENUM_FIELDS].options);
  throw new Error(`no candidates for ${path}`);
}

/**
 * A completion that reaches one end of the range, built as a witness: the criteria read disjoint
 * inputs, so for each criterion the product of its missing fields' candidate values is searched for
 * the fewest (or most) points, and the chosen values are combined. The instrument scored on the
 * combined completion must then give exactly the claimed end.
 */
function witness(assessment: Assessment, id: InstrumentId, direction: 1 | -1, seed: number): Assessment {
  let state = seed;
  const rng = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
  const result = INSTRUMENTS[id].score(assessment);
  const chosen = new Map<string, unknown>();
  for (const [index, criterion] of result.criteria.entries()) {
    if (!criterion.missing) continue;
    const paths = criterion.missingFields.filter((p) => !chosen.has(p));
    // Modifiers score no points themselves (ASTCT's "fever no longer required"): decided below.
    if (paths.length === 0 || criterion.minPoints === criterion.maxPoints) continue;
    let combos: Map<string, unknown>[] = [new Map()];
    for (const path of paths) combos = combos.flatMap((combo) => candidates(path, rng).map((v) => new Map([...combo, [path, v]])));
    let best: Map<string, unknown> | undefined;
    let bestPoints = direction === 1 ? -Infinity : Infinity;
    for (const combo of combos) {
      // By position, not id: an instrument lists its criteria in a fixed order, but ICANS names its
      // encephalopathy domain by the age (ice, capd, or ice-or-capd while the age is unknown).
      const c = INSTRUMENTS[id].score(withValues(assessment, combo)).criteria[index]!;
      const points = direction === 1 ? highestPoints(c) : lowestPoints(c);
      if (direction * points > direction * bestPoints) {
        bestPoints = points;
        best = combo;
      }
    }
    for (const [path, value] of best!) chosen.set(path, value);
  }
  // Modifiers and fields that settle only the verdict (a molecular diagnosis): the value that
  // moves the whole instrument furthest, given the choices above.
  for (const path of result.missing) {
    if (chosen.has(path)) continue;
    let bestValue: unknown;
    let bestScore = -Infinity;
    for (const value of candidates(path, rng)) {
      const r = INSTRUMENTS[id].score(withValues(assessment, new Map([...chosen, [path, value]])));
      const score = direction === 1 ? r.max : -r.min;
      if (score > bestScore) {
        bestScore = score;
        bestValue = value;
      }
    }
    chosen.set(path, bestValue);
  }
  return withValues(assessment, chosen);
}

/** Random completion: every missing field of the whole assessment gets a random plausible value. */
function completion(assessment: Assessment, results: readonly InstrumentResult[], rng: () => number): Assessment {
  const paths = [...new Set(results.flatMap((r) => r.missing))];
  return withValues(assessment, new Map(paths.map((p) => {
    const c = candidates(p, rng);
    return [p, c[Math.floor(rng() * c.length)]];
  })));
}

describe("screen over random assessments", () => {
  test("never throws on a schema-valid assessment, and its ranges are coherent", () => {
    fc.assert(
      fc.property(validAssessment, (a) => {
        const s = screen(a);
        expect(s.instruments.map((r) => r.id)).toEqual(IDS);
        for (const r of s.instruments) {
          expect(r.min).toBeLessThanOrEqual(r.max);
          expect(r.value).toBe(r.min === r.max ? r.min : null);
          expect(r.missing.length === 0 || r.min < r.max || r.meetsThreshold === null).toBe(true);
          if (r.min === r.max && r.meetsThreshold !== null) expect(r.criteria.every((c) => !c.missing) || r.missing.length === 0 || r.missing.length > 0).toBe(true);
        }
        expect(["consistent", "incomplete", "not-flagged"]).toContain(s.level);
      }),
      { numRuns: RUNS },
    );
  });

  test("no list of missing fields, met criteria or details names anything twice", () => {
    const noRepeats = (list: readonly string[]) => expect(new Set(list).size, list.join(", ")).toBe(list.length);
    fc.assert(
      fc.property(validAssessment, (a) => {
        const s = screen(a);
        for (const r of s.instruments) {
          noRepeats(r.missing);
          for (const c of r.criteria) if (c.missing) noRepeats(c.missingFields);
        }
        for (const reason of s.levelReasons) noRepeats(reason.details);
      }),
      { numRuns: RUNS },
    );
  });

  test("every completion of the unknowns scores inside min..max (and inside the threshold verdict)", () => {
    fc.assert(
      fc.property(validAssessment, fc.integer({ min: 1, max: 2 ** 30 }), (a, seed) => {
        let state = seed;
        const rng = () => ((state = (state * 1103515245 + 12345) % 2147483648) / 2147483648);
        const results = IDS.map((id) => INSTRUMENTS[id].score(a));
        for (let k = 0; k < 5; k++) {
          const complete = completion(a, results, rng);
          for (const [i, id] of IDS.entries()) {
            const r = INSTRUMENTS[id].score(complete);
            const range = results[i]!;
            expect(r.min).toBeGreaterThanOrEqual(range.min);
            expect(r.max).toBeLessThanOrEqual(range.max);
            if (range.meetsThreshold !== null) expect(r.meetsThreshold).toBe(range.meetsThreshold);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  test("some completion reaches each end of every range", () => {
    fc.assert(
      fc.property(validAssessment, fc.integer({ min: 1, max: 2 ** 30 }), (a, seed) => {
        for (const id of IDS) {
          const r = INSTRUMENTS[id].score(a);
          if (r.min === r.max) continue;
          expect(r.missing.length).toBeGreaterThan(0);
          const high = INSTRUMENTS[id].score(witness(a, id, 1, seed));
          const low = INSTRUMENTS[id].score(witness(a, id, -1, seed));
          expect([high.min, high.max], `${id} max`).toEqual([r.max, r.max]);
          expect([low.min, low.max], `${id} min`).toEqual([r.min, r.min]);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe("monotonicity", () => {
  /** Findings that, once present, can only add points or raise a grade. */
  const ADDING_FINDINGS = [
    "context.immunosuppressed",
    "context.antipyreticOrAnticytokineGiven",
    "context.crsBeforeTherapy",
    "findings.hepatomegaly",
    "findings.splenomegaly",
    "findings.alteredMentation",
    "neuro.motorWeakness",
    "vitals.hypotension",
    "pathology.hemophagocytosisBoneMarrow",
    "pathology.hemophagocytosisSpleenOrLymphNode",
    "pathology.nkActivityLowOrAbsent",
  ] as const;

  test.each(ADDING_FINDINGS)("%s present never lowers any instrument's min or max", (path) => {
    fc.assert(
      fc.property(validAssessment, (a) => {
        const before = IDS.map((id) => INSTRUMENTS[id].score(a));
        const after = IDS.map((id) => INSTRUMENTS[id].score(withValues(a, new Map([[path, true]]))));
        for (const [i, r] of after.entries()) {
          expect(r.min).toBeGreaterThanOrEqual(before[i]!.min);
          expect(r.max).toBeGreaterThanOrEqual(before[i]!.max);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  /** Attributions to another cause (Lee 2019: CRS is a diagnosis of exclusion): they can only take a sign away from a grade. */
  const EXCLUDING_FINDINGS = ["context.feverOtherCause", "vitals.hypotensionOtherCause", "vitals.hypoxiaOtherCause"] as const;

  test.each(EXCLUDING_FINDINGS)("%s present never raises any instrument's min or max", (path) => {
    fc.assert(
      fc.property(validAssessment, (a) => {
        const before = IDS.map((id) => INSTRUMENTS[id].score(a));
        const after = IDS.map((id) => INSTRUMENTS[id].score(withValues(a, new Map([[path, true]]))));
        for (const [i, r] of after.entries()) {
          expect(r.min).toBeLessThanOrEqual(before[i]!.min);
          expect(r.max).toBeLessThanOrEqual(before[i]!.max);
        }
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });
});

describe("unit round trips", () => {
  const convertible = Object.entries(FIELD_QUANTITY) as [keyof typeof FIELD_QUANTITY, Quantity][];

  test("a value typed in any offered unit, converted to another unit and back, changes no result", () => {
    const typed = fc.constantFrom(...convertible).chain(([path, quantity]) => {
      const units = Object.keys(QUANTITIES[quantity].units);
      const field = NUMERIC_FIELDS[path];
      return fc.record({
        path: fc.constant(path),
        quantity: fc.constant(quantity),
        from: fc.constantFrom(...units),
        via: fc.constantFrom(...units),
        // a value as typed: at most two decimals, inside the plausible range once converted
        hundredths: fc.integer({ min: 0, max: 100_000_00 }),
        field: fc.constant(field),
      });
    });
    fc.assert(
      fc.property(validAssessment, typed, (a, t) => {
        const canonical = toCanonical(t.quantity, t.from as never, t.hundredths / 100);
        fc.pre(canonical >= t.field.min && canonical <= t.field.max);
        const again = toCanonical(t.quantity, t.via as never, fromCanonical(t.quantity, t.via as never, canonical));
        const one = withValues(a, new Map([[t.path, canonical]]));
        const two = withValues(a, new Map([[t.path, again]]));
        for (const id of IDS) {
          const r1 = INSTRUMENTS[id].score(one);
          const r2 = INSTRUMENTS[id].score(two);
          expect([r2.min, r2.max, r2.meetsThreshold, r2.criteria.map((c) => c.points)]).toEqual([r1.min, r1.max, r1.meetsThreshold, r1.criteria.map((c) => c.points)]);
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });
});
