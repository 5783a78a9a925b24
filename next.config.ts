import type { NextConfig } from "next";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL(".", import.meta.url));

const nextConfig: NextConfig = {
  // A stray lockfile in a parent folder would otherwise make Turbopack pick the wrong root
  // (../shared/TOOLCHAIN.md, "Pitfalls seen").
  turbopack: { root },
  outputFileTracingRoot: root,
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
