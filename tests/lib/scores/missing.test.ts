import { describe, expect, test } from "vitest";
import { astctCrs, astctIcans, qsofa } from "@/lib/scores";
import { assessment } from "../fixtures";

describe("missing data name only what could still change the result", () => {
  test("ASTCT CRS on a non-rebreather: only the vasopressor count can still move grade 3 to 4", () => {
    const r = astctCrs(
      assessment({
        context: { setting: "immune-effector-cell-therapy", feverOtherCause: false },
        vitals: { temperatureMaxC: 39, oxygenDevice: "non-rebreather", hypoxiaOtherCause: false, hypotensionOtherCause: false },
      }),
    );
    expect([r.min, r.max]).toEqual([3, 4]);
    expect(r.missing).toEqual(["vitals.vasopressorsExcludingVasopressin"]);
  });

  test("ASTCT CRS with fever and nothing else known lists every input of hypotension and hypoxia", () => {
    const r = astctCrs(assessment({ context: { feverOtherCause: false, antipyreticOrAnticytokineGiven: false }, vitals: { temperatureMaxC: 39 } }));
    expect([r.min, r.max]).toEqual([1, 4]);
    expect(r.missing).toEqual(
      expect.arrayContaining(["vitals.vasopressorsExcludingVasopressin", "vitals.vasopressin", "vitals.hypotension", "vitals.systolicBpMmHg", "vitals.diastolicBpMmHg", "vitals.oxygenDevice", "vitals.oxygenFlowLPerMin"]),
    );
  });

  test("qSOFA names the level of consciousness as a way to settle altered mentation", () => {
    expect(qsofa(assessment({})).missing).toContain("neuro.consciousness");
    expect(qsofa(assessment({ neuro: { consciousness: "alert" } })).missing).not.toContain("neuro.consciousness");
  });

  test("ICE items simply not recorded are reported as not recorded, not as an adaptation", () => {
    const r = astctIcans(assessment({ neuro: { iceItems: { orientation: 4, naming: 3 } } }));
    expect(r.notes.join(" ")).toContain("not recorded: commands, writing, attention");
    expect(r.notes.join(" ")).not.toContain("not assessable");
    const empty = astctIcans(assessment({ neuro: { iceItems: {} } }));
    expect(empty.missing).toContain("neuro.iceScore");
  });
});
