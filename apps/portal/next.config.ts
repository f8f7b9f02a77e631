import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";
import { EVERYWHERE_HEADERS, RESOURCE_POLICY } from "./src/server/security-headers.mjs";

const monorepoRoot = fileURLToPath(new URL("../..", import.meta.url));

const nextConfig: NextConfig = {
  // Workspace packages ship TypeScript source through their exports maps.
  transpilePackages: [
    "@portico/schemas",
    "@portico/store",
    "@portico/http",
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
  // The test command runs the portal's `typecheck` task (the same tsconfig) in the same turbo run
  // and sets this, so its builds skip a second check of the same files; any other build checks.
  typescript: { ignoreBuildErrors: process.env.PORTICO_TYPECHECKED_BY_TASK === "1" },
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  // Pages get their Content-Security-Policy from src/proxy.ts, which knows each page's scripts.
  async headers() {
    const resourcePolicy = [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }];
    return [
      { source: "/:path*", headers: EVERYWHERE_HEADERS },
      ...["/api/:path*", "/sandbox/:path*", "/openapi/:path*", "/md/:path*", "/:product/:page.md"].map((source) => ({
        source,
        headers: resourcePolicy,
      })),
      ...["/llms.txt", "/llms-full.txt", "/search-index.json", "/healthz", "/readyz", "/mcp"].map((source) => ({
        source,
        headers: resourcePolicy,
      })),
    ];
  },
  // Every docs page is also Markdown at its path plus ".md".
  async rewrites() {
    return [{ source: "/:product/:page.md", destination: "/md/:product/:page" }];
  },
};

export default nextConfig;
