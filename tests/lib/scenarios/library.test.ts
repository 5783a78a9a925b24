/**
 * Reading a scenario file chosen in the browser (the gallery's import and the studio's "Open a
 * scenario file" share it): an oversized file is refused before it is read, a good one is read
 * exactly as its text would be.
 */
import { describe, expect, test } from "vitest";
import { problemText } from "@/lib/assessment/problem";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { MAX_SCENARIO_BYTES, readScenarioFile, readScenarioText } from "@/lib/scenarios/library";

const own = { ...builtinScenarios()[0]!, id: "my-ward-fever", title: "My ward's fever case" };

describe("readScenarioFile", () => {
  test("reads a file as its text is read", async () => {
    const text = JSON.stringify(own);
    expect(await readScenarioFile(new Blob([text]))).toEqual(readScenarioText(text));
    expect(await readScenarioFile(new Blob([text]))).toEqual({ ok: true, scenario: own });
  });

  test("refuses a file over the cap by its size, in one sentence", async () => {
    const reading = await readScenarioFile(new Blob(["x".repeat(MAX_SCENARIO_BYTES + 1)]));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.map(problemText)).toEqual(["The file is larger than 256 KB; a scenario file is a few kilobytes."]);
  });
});

describe("problemText", () => {
  test("names the field, or gives the message alone for the whole file", () => {
    expect(problemText({ path: "id", message: "Give an id." })).toBe("id: Give an id.");
    expect(problemText({ path: "", message: "The file is not valid JSON." })).toBe("The file is not valid JSON.");
  });
});
