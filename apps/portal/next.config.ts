import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const monorepoRoot = fileURLToPath(new URL("../..", import.meta.url));

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source through their exports maps.
  transpilePackages: [
    "@portico/schemas",
    "@portico/store",
    "@portico/sandbox",
    "@portico/feedback",
    "@portico/api-client",
  ],
  // Native and connection-pooling modules stay plain Node requires, outside the bundle.
  serverExternalPackages: ["better-sqlite3", "pg"],
  poweredByHeader: false,
  // Lets the broken-example build test compile into its own folder without touching .next.
  distDir: process.env.PORTICO_NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  // Every docs page is also Markdown at its path plus ".md".
  async rewrites() {
    return [{ source: "/:product/:page.md", destination: "/md/:product/:page" }];
  },
};

export default nextConfig;
