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
  complete: "d230c3bb69ce9aca043717d06821d553a03cfd3407c63faf2f7f35465fff3b65",
  any: "54a05158683c4c49d9de551925c027f8ecbab41b47245ebd43ed0ddf9cd2c25c",
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
