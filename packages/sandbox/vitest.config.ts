import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 20_000,
    // Every sandbox response a test gets is checked against its document; these count them.
    setupFiles: ["./src/response-harness-setup.ts"],
    // The summary module lives in @portico/schemas, which every package with a response harness shares.
    globalSetup: [fileURLToPath(import.meta.resolve("@portico/schemas/response-harness-summary"))],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
