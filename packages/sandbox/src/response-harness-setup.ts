import { relative } from "node:path";
import { recordCounts } from "@portico/schemas/response-harness-summary";
import { afterAll, expect, inject } from "vitest";
import { harnessCounts } from "./response-harness.ts";

// Each test file runs in its own module graph, so these counts are the file's own.
afterAll(() => {
  const file = relative(process.cwd(), expect.getState().testPath ?? "");
  recordCounts(inject("responseHarnessLog"), { file, ...harnessCounts });
});
