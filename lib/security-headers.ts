/**
 * Response headers for every route (served by `next start`; a static host must set the same —
 * README). crs-screen has no backend and talks to no other origin, so everything is same-origin.
 *
 * Trade-off: Next.js streams its page data in inline <script> tags. Nonces would remove
 * 'unsafe-inline' but need a per-request proxy, which makes every page dynamic and rules out the
 * static export; hashes change with every build and page. crs-screen keeps its pages static and
 * allows inline scripts, never eval ('unsafe-eval' is absent), no other origin, no plugins, no
 * framing, no form posts elsewhere — and it never renders HTML from data (React text only; a test checks that no component injects raw HTML).
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-inline'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  // The QR code's Web Worker and the offline service worker (app/sw.ts, public/sw.js), this origin only.
  "worker-src 'self'",
  // The web app manifest (app/manifest.ts), which makes the app installable.
  "manifest-src 'self'",
].join("; ");

export const SECURITY_HEADERS: readonly { readonly key: string; readonly value: string }[] = [
  { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
  { key: "Referrer-Policy", value: "no-referrer" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Cross-Origin-Resource-Policy", value: "same-origin" },
  {
    key: "Permissions-Policy",
    // Only features Chromium recognises: an unknown one ("bluetooth") is a console warning on every page.
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), hid=(), midi=(), accelerometer=(), gyroscope=(), magnetometer=(), display-capture=(), browsing-topics=()",
  },
];
