/**
 * A share link as a QR code, drawn as one SVG path (a unit square per dark module). Pure, so the
 * summary can compute it in a Web Worker (components/summary/qr.worker.ts) and a test can decode it.
 */
import { create } from "qrcode";

/** The 4-module quiet zone ISO/IEC 18004 asks for around the code. */
export const QR_QUIET_ZONE = 4;

/** `side` modules square, quiet zone included; `d` draws the dark modules. */
export type QrPath = { readonly side: number; readonly d: string };

/**
 * Level L (7 % recovery) keeps the code small enough to scan from a printed page; a creased page is
 * better served by printing again than by a denser code. One byte-mode segment: a link is mostly
 * lower-case letters, which only byte mode holds, so the library's search for a cheaper mix of
 * modes (a shortest path over the whole text) found a code no smaller, at seven times the cost.
 * Throws when the text is too long for a QR code (over about 2.9 kB).
 */
export function qrPath(text: string): QrPath {
  const { modules } = create([{ data: new TextEncoder().encode(text), mode: "byte" }], { errorCorrectionLevel: "L" });
  let d = "";
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) if (modules.get(row, col)) d += `M${col + QR_QUIET_ZONE} ${row + QR_QUIET_ZONE}h1v1h-1z`;
  }
  return { side: modules.size + 2 * QR_QUIET_ZONE, d };
}
