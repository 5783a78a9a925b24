import type { QrPath } from "@/lib/transfer/qr-path";

/**
 * The QR code of `link`, drawn in a Web Worker (./qr.worker.ts) so the summary stays responsive
 * while it is computed (docs/performance.md: the summary's total blocking time went from
 * 1 102–1 421 ms to 896 ms). Null when the link is too long for a QR code or no worker could be
 * started (jsdom has none; a blocked script): the summary then prints the link as text.
 */
export function drawQr(link: string): Promise<QrPath | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./qr.worker.ts", import.meta.url));
    } catch {
      resolve(null);
      return;
    }
    const done = (answer: QrPath | null) => {
      worker.terminate();
      resolve(answer);
    };
    worker.onmessage = (event: MessageEvent<QrPath | null>) => done(event.data);
    worker.onerror = () => done(null); // the worker's script did not load
    worker.postMessage(link);
  });
}
