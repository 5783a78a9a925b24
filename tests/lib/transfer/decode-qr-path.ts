/**
 * Reads a QR code drawn as an SVG path (lib/transfer/qr-path.ts) the way a phone would read the
 * printout: rasterised, then decoded by an independent decoder (jsQR). Shared by the library test
 * and the summary's browser test.
 */
import jsQR from "jsqr";
import type { QrPath } from "@/lib/transfer/qr-path";

/** The dark modules the path draws, as [row, col] (quiet zone included in the coordinates). */
export function darkModules({ d }: Pick<QrPath, "d">): [number, number][] {
  return [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map(([, x, y]) => [Number(y), Number(x)]);
}

/** The text the code carries, or null when it cannot be read. */
export function decodeQrPath(qr: QrPath, scale = 4): string | null {
  const width = qr.side * scale;
  const pixels = new Uint8ClampedArray(width * width * 4).fill(255);
  for (const [row, col] of darkModules(qr)) {
    for (let dy = 0; dy < scale; dy++) {
      const start = ((row * scale + dy) * width + col * scale) * 4;
      for (let dx = 0; dx < scale; dx++) pixels.fill(0, start + dx * 4, start + dx * 4 + 3);
    }
  }
  return jsQR(pixels, width, width)?.data ?? null;
}
