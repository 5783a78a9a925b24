import type { NextConfig } from "next";
import { SECURITY_HEADERS } from "./lib/security-headers";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

// STATIC_EXPORT=1 builds a static site in out/ that any file server (or an intranet share) can
// host; such a host must set the headers of lib/security-headers.ts itself.
const staticExport = process.env.STATIC_EXPORT === "1";

const nextConfig: NextConfig = {
  ...(staticExport ? { output: "export" as const } : {}),
  // A stray lockfile in a parent folder would otherwise make Turbopack pick the wrong root
  // (../shared/TOOLCHAIN.md, "Pitfalls seen").
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  // Development needs eval for fast refresh, so the policy applies to production builds.
  async headers() {
    return process.env.NODE_ENV === "production" && !staticExport ? [{ source: "/:path*", headers: [...SECURITY_HEADERS] }] : [];
  },
  reactStrictMode: true,
  // Turbopack merges chunks smaller than this (50 kB by default, measured before minifying). At the
  // default it cut the form step's code in two once a module it shared with the review and result
  // left it (issue 31: +1 kB gz for the second chunk's own compression, over the step's 1.25×
  // ceiling). At 100 kB every route loads fewer, larger chunks and less in all (docs/performance.md).
  experimental: { turbopackChunking: { minChunkSize: 100_000 } },
};

export default nextConfig;
