import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** A module of the sandbox's test harness, by the name its package exports it under. */
const harness = (name: string) => fileURLToPath(import.meta.resolve(`@portico/sandbox/${name}`));

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 20_000,
    // The client's tests reach the sandbox through its harness, which checks and counts every response.
    setupFiles: [harness("response-harness-setup")],
    globalSetup: [harness("response-harness-summary")],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
