/** The live ICE total on the neurology step (lib/form/ice-total.ts) agrees with the ICANS grade's ICE. */
import { describe, expect, test } from "vitest";
import { liveIceTotal } from "@/lib/form/ice-total";

const all = { orientation: "4", naming: "3", commands: "1", writing: "1", attention: "1" };

describe("live ICE total", () => {
  test("nothing typed: no total yet, every item open", () => {
    expect(liveIceTotal({}, {})).toEqual({ range: null, open: ["orientation", "naming", "commands", "writing", "attention"] });
  });

  test("every item typed: the exact total", () => {
    expect(liveIceTotal(all, {})).toEqual({ range: { min: 10, max: 10 }, open: [] });
    expect(liveIceTotal({ ...all, orientation: "2", naming: "1" }, {})).toEqual({ range: { min: 6, max: 6 }, open: [] });
  });

  test("an item not assessable or not typed leaves its points open", () => {
    expect(liveIceTotal({ ...all, writing: "" }, { writing: true })).toEqual({ range: { min: 9, max: 10 }, open: ["writing"] });
    expect(liveIceTotal({ orientation: "4" }, {})).toEqual({ range: { min: 4, max: 10 }, open: ["naming", "commands", "writing", "attention"] });
  });

  test("text the step would refuse (out of range, fraction, letters) does not count", () => {
    expect(liveIceTotal({ ...all, orientation: "7" }, {}).range).toEqual({ min: 6, max: 10 });
    expect(liveIceTotal({ ...all, naming: "1.5" }, {}).range).toEqual({ min: 7, max: 10 });
    expect(liveIceTotal({ ...all, attention: "x" }, {}).range).toEqual({ min: 9, max: 10 });
  });
});
