import { describe, expect, test } from "vitest";
import { applicableFirst } from "@/lib/result/order";
import { statusOf } from "@/lib/result/status";

describe("applicableFirst", () => {
  test("puts applicable instruments first, keeping the screening's order within each group", () => {
    const list = [
      { id: "a", applicable: false },
      { id: "b", applicable: true },
      { id: "c", applicable: false },
      { id: "d", applicable: true },
    ];
    const { applicable, teaching } = applicableFirst(list);
    expect(applicable.map((r) => r.id)).toEqual(["b", "d"]);
    expect(teaching.map((r) => r.id)).toEqual(["a", "c"]);
  });
});

describe("statusOf", () => {
  test("unknown is its own status, never not met", () => {
    expect(statusOf(true)).toBe("met");
    expect(statusOf(false)).toBe("not-met");
    expect(statusOf(null)).toBe("unknown");
  });
});
