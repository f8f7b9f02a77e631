import { fileURLToPath } from "node:url";
import type { NextConfig } from "next";

const monorepoRoot = fileURLToPath(new URL("../..", import.meta.url));

/** The policy for responses that are not pages: JSON, Markdown, text and the no-JavaScript feedback reply. */
const RESOURCE_POLICY =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

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
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
  // Pages get their Content-Security-Policy from src/proxy.ts, which knows each page's scripts.
  async headers() {
    const everywhere = [
      { key: "X-Content-Type-Options", value: "nosniff" },
      { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
      // For browsers that predate CSP's frame-ancestors.
      { key: "X-Frame-Options", value: "DENY" },
      { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
      { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
    ];
    const resourcePolicy = [{ key: "Content-Security-Policy", value: RESOURCE_POLICY }];
    return [
      { source: "/:path*", headers: everywhere },
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
