import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { readSharedScenario, scenarioShareFragment } from "@/lib/transfer/scenario-share";

const instructorsOwn = () => ({ ...builtinScenarios()[0]!, id: "my-ward-fever", title: "My ward's fever case" });

describe("a scenario's share link", () => {
  test("carries the scenario, and reads back equal to it", async () => {
    const scenario = instructorsOwn();
    const fragment = await scenarioShareFragment(scenario);
    expect(fragment.startsWith("scenario=v1.")).toBe(true);
    expect(await readSharedScenario(`#${fragment}`)).toEqual({ ok: true, scenario });
  });

  test("is refused when it would replace a built-in (the import's own rule)", async () => {
    const builtin = builtinScenarios()[0]!;
    const reading = await readSharedScenario(`#${await scenarioShareFragment(builtin)}`);
    expect(reading).toEqual({ ok: false, problems: [{ path: "id", message: `"${builtin.id}" is a built-in scenario's id; give yours another id.` }] });
  });

  test("is refused when what it carries is not a valid scenario", async () => {
    const reading = await readSharedScenario(`#${await scenarioShareFragment({ ...instructorsOwn(), difficulty: "easy" } as never)}`);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.map((p) => p.path)).toContain("difficulty");
  });
});
