import type { QrPath } from "@/lib/transfer/qr-path";

/**
 * The QR code of `link`, drawn in a Web Worker (./qr.worker.ts) so the summary stays responsive
 * while it is computed; where there are no workers (tests in jsdom) it is drawn here instead.
 * Null when the link is too long for a QR code or the code could not be loaded: the summary then
 * prints the link as text.
 */
export function drawQr(link: string): Promise<QrPath | null> {
  if (typeof Worker === "undefined") {
    return import("@/lib/transfer/qr-path").then(({ qrPath }) => qrPath(link)).catch(() => null);
  }
  return new Promise((resolve) => {
    const worker = new Worker(new URL("./qr.worker.ts", import.meta.url));
    const done = (answer: QrPath | null) => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent<QrPath | null>) => done(event.data);
    worker.onerror = () => done(null); // the worker's script did not load
    worker.postMessage(link);
  });
}
