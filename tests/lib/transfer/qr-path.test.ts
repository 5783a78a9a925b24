/**
 * The summary's QR code (lib/transfer/qr-path.ts) decodes back to the very link it was drawn from,
 * read as a printer would draw it by an independent decoder (./decode-qr-path.ts).
 */
import { describe, expect, test } from "vitest";
import { builtinScenarios } from "@/lib/scenarios/builtin/index";
import { shareFragment } from "@/lib/transfer/case-export";
import { QR_QUIET_ZONE, qrPath } from "@/lib/transfer/qr-path";
import { darkModules, decodeQrPath } from "./decode-qr-path";

describe("qrPath", () => {
  test("a full case's share link: the code decodes to the same link, with its quiet zone clear", async () => {
    const scenario = builtinScenarios().find((s) => s.id === "ebv-secondary-hlh")!;
    const link = `https://crs-screen.example/summary#${await shareFragment(scenario.answerKey)}`;
    expect(link.length).toBeGreaterThan(300);
    const qr = qrPath(link);
    expect(decodeQrPath(qr)).toBe(link);
    for (const [row, col] of darkModules(qr)) {
      expect(Math.min(row, col)).toBeGreaterThanOrEqual(QR_QUIET_ZONE);
      expect(Math.max(row, col)).toBeLessThan(qr.side - QR_QUIET_ZONE);
    }
  });

  test("a text too long for any QR code throws (the summary then prints the link as text)", () => {
    expect(() => qrPath("x".repeat(3000))).toThrow();
  });
});
