/**
 * The summary's QR code is drawn in a worker and only there (issue 29: the main-thread fallback
 * went). Where no worker starts, or its script fails, the answer is null and the summary prints the
 * link as text. The drawing itself is checked in a browser (e2e/summary.spec.ts decodes it).
 */
import { afterEach, describe, expect, test, vi } from "vitest";
import { drawQr } from "@/components/summary/draw-qr";
import type { QrPath } from "@/lib/transfer/qr-path";

const LINK = "https://example.org/summary#case=v1.abc";
const DRAWN: QrPath = { side: 21, d: "M0 0h7v7h-7z" };

/** A stand-in for the browser's Worker: answers each message with `answer`, or fails to load. */
function fakeWorker(answer: QrPath | null | "fails to load") {
  const seen: { posted: unknown[]; terminated: number } = { posted: [], terminated: 0 };
  class FakeWorker {
    onmessage: ((event: { data: QrPath | null }) => void) | null = null;
    onerror: (() => void) | null = null;
    postMessage(message: unknown) {
      seen.posted.push(message);
      setTimeout(() => (answer === "fails to load" ? this.onerror?.() : this.onmessage?.({ data: answer })), 0);
    }
    terminate() {
      seen.terminated++;
    }
  }
  vi.stubGlobal("Worker", FakeWorker);
  return seen;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("drawQr", () => {
  test("without workers (jsdom has none) it answers null: the link is printed as text", async () => {
    expect(typeof Worker).toBe("undefined");
    await expect(drawQr(LINK)).resolves.toBeNull();
  });

  test("the worker's path is the answer, and the worker is ended", async () => {
    const seen = fakeWorker(DRAWN);
    await expect(drawQr(LINK)).resolves.toEqual(DRAWN);
    expect(seen).toEqual({ posted: [LINK], terminated: 1 });
  });

  test("a link too long for a QR code: the worker's null is the answer", async () => {
    fakeWorker(null);
    await expect(drawQr(LINK)).resolves.toBeNull();
  });

  test("a worker whose script fails to load answers null, and is ended", async () => {
    const seen = fakeWorker("fails to load");
    await expect(drawQr(LINK)).resolves.toBeNull();
    expect(seen.terminated).toBe(1);
  });
});
