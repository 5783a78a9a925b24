/**
 * Draws a share link's QR code off the page's main thread: for a full case's link (version 27,
 * 125 × 125 modules) the library's mask search and the path take about 150 ms at 4× CPU throttling,
 * a task long enough to hold up a tap on a phone. Answers each link with its path, or null when
 * the link is too long for a QR code.
 */
import { qrPath, type QrPath } from "@/lib/transfer/qr-path";

self.onmessage = (event: MessageEvent<string>) => {
  let answer: QrPath | null;
  try {
    answer = qrPath(event.data);
  } catch {
    answer = null;
  }
  self.postMessage(answer);
};
