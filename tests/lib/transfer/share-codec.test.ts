import { describe, expect, test } from "vitest";
import { unpackFragment } from "@/lib/transfer/share-codec";
import { CASE_SHARE } from "@/lib/transfer/case-share";
import { hasSharedCase } from "@/lib/transfer/share-fragment";
import { packFragment } from "@/lib/transfer/share-pack";
import { SCENARIO_SHARE } from "@/lib/transfer/scenario-share";

const LIMIT = 64 * 1024;

describe("share codec", () => {
  test("a value packed for a kind unpacks to the same JSON", async () => {
    const value = { id: "a-case", days: [0, 3], note: "Température 39,2 °C — ünïcode" };
    const fragment = await packFragment(SCENARIO_SHARE, value);
    expect(fragment).toMatch(/^scenario=v1\.[A-Za-z0-9_-]+$/);
    expect(await unpackFragment(SCENARIO_SHARE, `#${fragment}`, LIMIT)).toEqual({ ok: true, json: value });
  });

  test("a case link is not read as a scenario, nor a scenario link as a case", async () => {
    const scenario = await packFragment(SCENARIO_SHARE, { x: 1 });
    const theCase = await packFragment(CASE_SHARE, { x: 1 });
    expect(await unpackFragment(CASE_SHARE, `#${scenario}`, LIMIT)).toEqual({ ok: false, message: "This link does not carry a case." });
    expect(await unpackFragment(SCENARIO_SHARE, `#${theCase}`, LIMIT)).toEqual({ ok: false, message: "This link does not carry a scenario." });
    expect([hasSharedCase(`#${theCase}`), hasSharedCase(`#${scenario}`)]).toEqual([true, false]);
  });

  test.each([
    ["an unknown version", "#scenario=v9.AAAA", /unknown version \(v9\); this crs-screen reads v1/],
    ["no version", "#scenario=AAAA", /unknown version \(none\)/],
    ["characters outside base64url", "#scenario=v1.a+b/c", /damaged \(its data is not valid\)/],
    ["bytes that do not inflate", "#scenario=v1.AAAAAAAAAAAAAAAA", /damaged \(its data cannot be unpacked\)/],
  ])("%s is refused with a message a person can act on", async (_name, hash, message) => {
    const unpacked = await unpackFragment(SCENARIO_SHARE, hash, LIMIT);
    expect(unpacked.ok).toBe(false);
    if (!unpacked.ok) expect(unpacked.message).toMatch(message);
  });

  test("packed text that is not JSON names the kind it should have carried", async () => {
    const stream = new Blob(["not json {"]).stream().pipeThrough(new CompressionStream("deflate-raw"));
    const bytes = new Uint8Array(await new Response(stream).arrayBuffer());
    const body = btoa(String.fromCharCode(...bytes)).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
    expect(await unpackFragment(SCENARIO_SHARE, `#scenario=v1.${body}`, LIMIT)).toEqual({
      ok: false,
      message: "This share link is damaged (its data is not a scenario). Ask for the link again.",
    });
  });

  test("a link that unpacks beyond the cap is refused (no zip bomb)", async () => {
    const bomb = await packFragment(SCENARIO_SHARE, "x".repeat(LIMIT * 4));
    expect(await unpackFragment(SCENARIO_SHARE, `#${bomb}`, LIMIT)).toEqual({ ok: false, message: "This share link is damaged (its data cannot be unpacked). Ask for the link again." });
  });
});
