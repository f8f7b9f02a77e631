import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The fixture is source for a temporary copy of the repository, not tests of this package.
    include: ["*.test.ts"],
    // The third-product test installs, builds and serves a copy of the portal.
    testTimeout: 60_000,
    hookTimeout: 600_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
