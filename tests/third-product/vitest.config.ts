import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // The fixture is source for a temporary copy of the repository, not tests of this package.
    include: ["*.test.ts"],
    // The third-product test installs, builds and serves a copy of the portal.
    testTimeout: 60_000,
    // Under load from other work on two cores, installing and building has taken over ten minutes.
    hookTimeout: 1_200_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
