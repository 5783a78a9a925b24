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
};

export default nextConfig;
