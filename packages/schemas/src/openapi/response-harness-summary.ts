import { appendFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    /** The JSON-lines file each test file appends its response-harness counts to. */
    responseHarnessLog: string;
  }
}

/** What each test file's harness counted, as `response-harness-setup.ts` appends it. */
interface FileCounts {
  file: string;
  validated: number;
  undocumented: number;
}

/** Appends one test file's counts to the run's log. */
export function recordCounts(log: string, counts: FileCounts): void {
  appendFileSync(log, `${JSON.stringify(counts)}\n`);
}

/**
 * Vitest global setup: before the run, a fresh log of per-file counts; after it,
 * `test-results/responses-validated.json` with the totals, and one line saying them, so a CI
 * run can record how many responses the harness checked.
 */
export default function setup(project: TestProject) {
  const dir = join(project.config.root, "test-results");
  const log = join(dir, "responses-validated.jsonl");
  mkdirSync(dir, { recursive: true });
  rmSync(log, { force: true });
  project.provide("responseHarnessLog", log);
  return () => {
    let lines: string[] = [];
    try {
      lines = readFileSync(log, "utf8").split("\n").filter(Boolean);
    } catch {
      // No test file sent a request through the harness.
    }
    const files = lines.map((line) => JSON.parse(line) as FileCounts).filter((f) => f.validated + f.undocumented > 0);
    const validated = files.reduce((sum, f) => sum + f.validated, 0);
    const undocumented = files.reduce((sum, f) => sum + f.undocumented, 0);
    writeFileSync(
      join(dir, "responses-validated.json"),
      `${JSON.stringify({ validated, undocumented, files }, null, 2)}\n`,
    );
    console.log(
      `response harness: ${validated} responses validated against the served documents, ` +
        `${undocumented} deliberately undocumented ones held to the error envelope (${files.length} test files)`,
    );
  };
}
