import * as fc from "fast-check";
import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { MAX_CASE_BYTES, caseFileName, caseFileText, readCaseText, readSharedCase, shareFragment } from "@/lib/transfer";
import { assessmentArbitrary } from "../arbitraries";

describe("case files", () => {
  test("an exported case reads back identical", () => {
    for (const s of builtinScenarios()) {
      const reading = readCaseText(caseFileText(s.answerKey));
      expect(reading).toEqual({ ok: true, assessment: s.answerKey, case: { caseVersion: 1, timepoints: [{ at: { day: 0 }, assessment: s.answerKey }] } });
    }
  });

  test("a Case of time-points reads back identical, through a file and a share link", async () => {
    const [a, b, c] = builtinScenarios().map((s) => s.answerKey);
    const theCase = { caseVersion: 1, label: "CAR-T, days 1-6", timepoints: [{ at: { day: 1, time: "08:00" }, assessment: a! }, { at: { day: 3 }, assessment: b! }, { at: { day: 6 }, assessment: c! }] };
    const fromFile = readCaseText(caseFileText(theCase));
    expect(fromFile.ok && fromFile.case).toEqual(theCase);
    const fromLink = await readSharedCase(`#${await shareFragment(theCase)}`);
    expect(fromLink.ok && fromLink.case).toEqual(theCase);
  });

  test("a Case out of order is refused, naming the time-point", () => {
    const a = builtinScenarios()[0]!.answerKey;
    const reading = readCaseText(JSON.stringify({ caseVersion: 1, timepoints: [{ at: { day: 3 }, assessment: a }, { at: { day: 1 }, assessment: a }] }));
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[0]!.path).toBe("timepoints[1].at");
  });

  test.each([
    ["not JSON", "{", /not valid JSON/],
    ["a list", "[]", /expected one JSON object/],
    ["no version", "{}", /no schemaVersion/],
    ["another version", '{"schemaVersion":2}', /schema version 2; this crs-screen reads version 1/],
    ["an impossible value", '{"schemaVersion":1,"vitals":{"temperatureMaxC":451}}', /Highest temperature \(°C\) must be between 30 and 45; got 451/],
    ["a prototype-pollution key", '{"schemaVersion":1,"__proto__":{"polluted":true}}', /Unknown field "__proto__"/],
  ])("%s is refused with a message", (_name, text, message) => {
    const reading = readCaseText(text);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems.map((p) => p.message).join(" ")).toMatch(message);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test("a file above the size cap is refused before it is parsed", () => {
    const reading = readCaseText(`{"schemaVersion":1,"label":"${"x".repeat(MAX_CASE_BYTES)}"}`);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[0]!.message).toContain("at most 1024 KB");
  });

  test("file names carry only the label, as a slug", () => {
    expect(caseFileName("Case 7, day 3")).toBe("crs-screen-case-case-7-day-3.json");
    expect(caseFileName(undefined)).toBe("crs-screen-case.json");
  });
});

describe("share links", () => {
  test("every built-in case round-trips through a share link", async () => {
    for (const s of builtinScenarios()) {
      const fragment = await shareFragment(s.answerKey);
      expect(fragment).toMatch(/^case=v1\.[A-Za-z0-9_-]+$/);
      expect(await readSharedCase(`#${fragment}`)).toEqual({ ok: true, assessment: s.answerKey, case: { caseVersion: 1, timepoints: [{ at: { day: 0 }, assessment: s.answerKey }] } });
    }
  });

  test("random valid assessments round-trip", async () => {
    await fc.assert(
      fc.asyncProperty(assessmentArbitrary("any"), async (input) => {
        const reading = await readSharedCase(`#${await shareFragment(input)}`);
        expect(reading.ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  test.each([
    ["an unknown version", "#case=v9.AAAA", /unknown version \(v9\)/],
    ["no version", "#case=AAAA", /unknown version \(none\)/],
    ["characters outside base64url", "#case=v1.$$$", /damaged/],
    ["bytes that do not inflate", "#case=v1.AAAAAAAAAAAAAAAA", /damaged/],
  ])("%s is refused with a message", async (_name, hash, message) => {
    const reading = await readSharedCase(hash);
    expect(reading.ok).toBe(false);
    if (!reading.ok) expect(reading.problems[0]!.message).toMatch(message);
  });

  test("random tampering never throws and never yields an invalid case", async () => {
    const fragment = await shareFragment(builtinScenarios()[0]!.answerKey);
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 7, max: fragment.length - 1 }), fc.constantFrom(..."ABCxyz019-_"), async (at, ch) => {
        const reading = await readSharedCase(`#${fragment.slice(0, at)}${ch}${fragment.slice(at + 1)}`);
        if (reading.ok) expect(reading.assessment.schemaVersion).toBe(1);
      }),
      { numRuns: 100 },
    );
  });

  test("a link that inflates beyond the size cap is refused (no zip bomb)", async () => {
    const bomb = await shareFragment({ schemaVersion: 1, label: "x".repeat(MAX_CASE_BYTES * 2) } as never);
    const reading = await readSharedCase(`#${bomb}`);
    expect(reading.ok).toBe(false);
  });
});

describe("untrusted case files (fuzz)", () => {
  test("random JSON text never throws, never pollutes, and is refused unless it is a valid case", () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), fc.string(), fc.jsonValue().map((v) => JSON.stringify({ schemaVersion: 1, labs: v }))), (text) => {
        const reading = readCaseText(text);
        if (!reading.ok) expect(reading.problems.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });
});
