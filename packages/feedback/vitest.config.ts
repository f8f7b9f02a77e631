import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    // Every answer the tests check against Portico's document is counted into the run's total.
    setupFiles: ["./src/harness-counts-setup.ts"],
    globalSetup: [fileURLToPath(import.meta.resolve("@portico/schemas/response-harness-summary"))],
    testTimeout: 20_000,
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
