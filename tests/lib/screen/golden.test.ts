/**
 * Screenings of a fixed sample, byte for byte as the rules made them when the hashes were
 * recorded. A guard for changes meant to be invisible in the output: a simpler reader, a
 * restructured instrument. A deliberate change to a rule changes a hash: bump RULES_VERSION and
 * record the new hashes (the failure shows them).
 */
import { createHash } from "node:crypto";
import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { validateAssessment } from "@/lib/assessment";
import { screen } from "@/lib/screen";
import { assessmentArbitrary } from "../arbitraries";

const SAMPLE = { numRuns: 2000, seed: 20261126 } as const;

const RECORDED = {
  complete: "12f0e06e3f9c8f5238f0e3c541c59980f5cc6fcd663205e05bceabcfd06d3b77",
  any: "574372ff21bbf705f19d54a80ed8efeb924f74241774c7610ae9a3343386233f",
} as const;

describe("screenings of a fixed sample are byte for byte as recorded", () => {
  test.each(["complete", "any"] as const)("%s assessments", (kind) => {
    const hash = createHash("sha256");
    for (const input of fc.sample(assessmentArbitrary(kind), SAMPLE)) {
      const result = validateAssessment(input);
      if (!result.ok) throw new Error(`the generator made an invalid assessment: ${JSON.stringify(result.problems)}`);
      hash.update(`${JSON.stringify(screen(result.assessment))}\n`);
    }
    expect(hash.digest("hex")).toBe(RECORDED[kind]);
  });
});
