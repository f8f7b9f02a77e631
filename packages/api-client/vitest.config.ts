import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

/** A module of the response harness, by the name its package exports it under. */
const harness = (module: string) => fileURLToPath(import.meta.resolve(module));

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts"],
    testTimeout: 20_000,
    // The client's tests reach the sandbox through its harness, which checks and counts every response.
    setupFiles: [harness("@portico/sandbox/response-harness-setup")],
    globalSetup: [harness("@portico/schemas/response-harness-summary")],
    reporters: ["default", ["json", { outputFile: "test-results/vitest.json" }]],
  },
});
