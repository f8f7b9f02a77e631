import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { FullConfig } from "@playwright/test";
import { type CheckerCounts, RESPONSE_COUNTS_FILE } from "./documented-responses.ts";

/**
 * Global teardown: adds up what every worker's response checker saw into
 * `test-results/responses-validated.json` and says it in one line, so a CI run can record how
 * many responses the browser tests held to the served documents.
 */
export default function responseSummary(config: FullConfig) {
  const dir = config.projects[0]?.outputDir;
  if (!dir) return;
  let lines: string[] = [];
  try {
    lines = readFileSync(join(dir, RESPONSE_COUNTS_FILE), "utf8").split("\n").filter(Boolean);
  } catch {
    // No worker got as far as checking a response.
  }
  const workers = lines.map((line) => JSON.parse(line) as CheckerCounts);
  const total = (field: keyof CheckerCounts) => workers.reduce((sum, w) => sum + w[field], 0);
  const summary = {
    validated: total("validated"),
    undocumented: total("undocumented"),
    bodyUnread: total("bodyUnread"),
  };
  writeFileSync(join(dir, "responses-validated.json"), `${JSON.stringify({ ...summary, workers }, null, 2)}\n`);
  console.log(
    `response harness: ${summary.validated} responses validated against the served documents ` +
      `(${summary.bodyUnread} without a readable body: status and headers only), ` +
      `${summary.undocumented} deliberately undocumented ones held to the error envelope`,
  );
}
