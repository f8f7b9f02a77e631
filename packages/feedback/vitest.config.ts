import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Every answer the tests check against Portico's document is counted into the run's total.
    setupFiles: ["./src/harness-counts-setup.ts"],
    globalSetup: ["../schemas/src/openapi/response-harness-summary.ts"],
    testTimeout: 20_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
