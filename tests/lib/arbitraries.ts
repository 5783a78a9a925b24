/**
 * fast-check arbitraries of schema-valid Assessments, built from the field tables so they follow
 * the contract: every field may be unknown; cross-field rules (diastolic < systolic, vasopressors
 * imply hypotension, ICE score agrees with items, days since infusion only for immune effector
 * therapy) are respected so the result always validates.
 */
import * as fc from "fast-check";
import {
  CEREBRAL_EDEMA_STATES,
  CONSCIOUSNESS_LEVELS,
  FIBRIN_MARKER_INCREASES,
  NUMERIC_FIELDS,
  OXYGEN_DEVICES,
  SEIZURE_STATES,
  SETTINGS,
  TRI_STATE_FIELDS,
  type NumericFieldPath,
} from "@/lib/assessment/fields";
import type { AssessmentInput } from "@/lib/assessment/schema";

/** Values near the published thresholds matter most; mix them with the whole range. */
function number(path: NumericFieldPath): fc.Arbitrary<number> {
  const field = NUMERIC_FIELDS[path];
  if ("integer" in field && field.integer) return fc.integer({ min: field.min, max: field.max });
  return fc.oneof(
    fc.double({ min: field.min, max: field.max, noNaN: true, noDefaultInfinity: true }),
    // values typed by a person: at most two decimals
    fc.integer({ min: field.min * 100, max: field.max * 100 }).map((v) => v / 100),
  );
}

type Completeness = "complete" | "any";

function maybe<T>(arb: fc.Arbitrary<T>, completeness: Completeness): fc.Arbitrary<T | undefined> {
  return completeness === "complete" ? arb : fc.option(arb, { nil: undefined, freq: 3 });
}

function choice(options: Record<string, string>): fc.Arbitrary<string> {
  return fc.constantFrom(...Object.keys(options));
}

function section(prefix: string, completeness: Completeness): fc.Arbitrary<Record<string, unknown>> {
  const entries: Record<string, fc.Arbitrary<unknown>> = {};
  for (const path of Object.keys(NUMERIC_FIELDS) as NumericFieldPath[]) {
    const [head, key, sub] = path.split(".");
    if (head === prefix && sub === undefined && key) entries[key] = maybe(number(path), completeness);
  }
  for (const path of Object.keys(TRI_STATE_FIELDS)) {
    const [head, key] = path.split(".");
    if (head === prefix && key) entries[key] = maybe(fc.boolean(), completeness);
  }
  return fc.record(entries);
}

export function assessmentArbitrary(completeness: Completeness = "any"): fc.Arbitrary<AssessmentInput> {
  const iceItems = fc.record({
    orientation: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    naming: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    commands: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
    writing: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
    attention: fc.option(fc.integer({ min: 0, max: 1 }), { nil: null }),
  });
  return fc
    .record({
      context: fc.tuple(section("context", completeness), maybe(choice(SETTINGS), completeness)),
      vitals: fc.tuple(section("vitals", completeness), maybe(choice(OXYGEN_DEVICES), completeness)),
      findings: section("findings", completeness),
      neuro: fc.tuple(
        section("neuro", completeness),
        maybe(choice(CONSCIOUSNESS_LEVELS), completeness),
        maybe(choice(SEIZURE_STATES), completeness),
        maybe(choice(CEREBRAL_EDEMA_STATES), completeness),
        completeness === "complete" ? fc.constant(undefined) : fc.option(iceItems, { nil: undefined, freq: 2 }),
      ),
      labs: fc.tuple(section("labs", completeness), maybe(choice(FIBRIN_MARKER_INCREASES), completeness)),
      pathology: section("pathology", completeness),
    })
    .map(({ context: [context, setting], vitals: [vitals, oxygenDevice], findings, neuro: [neuro, consciousness, seizure, cerebralEdema, items], labs: [labs, fibrinMarkerIncrease], pathology }) => {
      const c: Record<string, unknown> = { ...context, setting };
      if (setting !== "immune-effector-cell-therapy") delete c.daysSinceInfusion;
      const v: Record<string, unknown> = { ...vitals, oxygenDevice };
      const sbp = v.systolicBpMmHg as number | undefined;
      const dbp = v.diastolicBpMmHg as number | undefined;
      // dbp ≥ sbp is only possible with sbp ≤ 200, so sbp − 1 is within 29–199: a valid diastolic
      if (sbp !== undefined && dbp !== undefined && dbp >= sbp) v.diastolicBpMmHg = sbp - 1;
      if (((v.vasopressorsExcludingVasopressin as number | undefined) ?? 0) > 0 || v.vasopressin === true) {
        if (v.hypotension === false) v.hypotension = true;
      }
      const n: Record<string, unknown> = { ...neuro, consciousness, seizure, cerebralEdema };

      if (items !== undefined) {
        n.iceItems = items;
        delete n.iceScore; // derived from the items
      }
      return {
        schemaVersion: 1 as const,
        context: c,
        vitals: v,
        findings,
        neuro: n,
        labs: { ...labs, fibrinMarkerIncrease },
        pathology,
      } as AssessmentInput;
    });
}
