// The floor under the portal's Lighthouse scores: nothing but what a Next.js App Router build
// of these MDX pages needs. Turbopack has to see the workspace root, where pnpm keeps packages.
import { fileURLToPath } from "node:url";

const monorepoRoot = fileURLToPath(new URL("../../..", import.meta.url));

export default {
  poweredByHeader: false,
  reactStrictMode: true,
  outputFileTracingRoot: monorepoRoot,
  turbopack: { root: monorepoRoot },
};
