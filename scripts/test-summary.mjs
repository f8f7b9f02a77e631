// Adds up the JSON reports the test command's runners wrote and prints one closing line,
// "tests: N passed, N failed, N skipped", so a log reader sees the total without scrolling.
import { existsSync, readdirSync, readFileSync } from "node:fs";

// Every workspace folder that runs vitest writes its report here; a new package is counted too.
const vitestReports = ["apps", "packages", "tests"].flatMap((parent) =>
  readdirSync(parent, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => `${parent}/${entry.name}/test-results/vitest.json`),
);
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
// The response harnesses' counts (packages' Vitest runs and the browser tests), one line before the total.
const harnessReports = vitestReports
  .map((file) => file.replace(/vitest\.json$/, "responses-validated.json"))
  .filter(existsSync);
let validated = 0;
let undocumented = 0;
for (const file of harnessReports) {
  const counts = JSON.parse(readFileSync(file, "utf8"));
  validated += counts.validated;
  undocumented += counts.undocumented;
}
console.log(
  `responses validated against the served OpenAPI documents: ${validated} ` +
    `(and ${undocumented} deliberately undocumented requests held to the error envelope), from ${harnessReports.length} suites`,
);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
