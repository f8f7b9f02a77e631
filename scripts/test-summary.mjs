// Adds up the JSON reports the test command's runners wrote and prints one closing line,
// "tests: N passed, N failed, N skipped", so a log reader sees the total without scrolling.
import { existsSync, readFileSync } from "node:fs";

const vitestReports = [
  "packages/schemas",
  "packages/store",
  "packages/sandbox",
  "packages/feedback",
  "apps/portal",
].map((dir) => `${dir}/test-results/vitest.json`);
const playwrightReport = "tests/e2e/test-results/results.json";
const auditReport = "test-results/audit.json";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const file of vitestReports.filter(existsSync)) {
  const report = JSON.parse(readFileSync(file, "utf8"));
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests + report.numTodoTests;
}
if (existsSync(playwrightReport)) {
  const { stats } = JSON.parse(readFileSync(playwrightReport, "utf8"));
  passed += stats.expected + stats.flaky;
  failed += stats.unexpected;
  skipped += stats.skipped;
}
if (existsSync(auditReport)) {
  const audit = JSON.parse(readFileSync(auditReport, "utf8"));
  passed += audit.passed;
  failed += audit.failed;
  skipped += audit.skipped;
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
