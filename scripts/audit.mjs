// Runs `pnpm audit --audit-level=high` for the test command and records the outcome for the
// closing summary line. Any high or critical advisory fails the run. The one outcome that is
// not a failure is a registry that does not serve the audit API at all (this machine's npm
// mirror answers 405): then no advisory can be known either way, so the check is recorded as
// skipped, with the registry's answer as the reason, rather than as passed.
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";

const pnpm = process.env.npm_execpath;
const [command, args] = pnpm?.includes("pnpm")
  ? [process.execPath, [pnpm, "audit", "--audit-level=high"]]
  : ["pnpm", ["audit", "--audit-level=high"]];
const run = spawnSync(command, args, { encoding: "utf8", timeout: 120_000 });
const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;

const unavailable = /ERR_PNPM_AUDIT_BAD_RESPONSE[\s\S]*responded with (405|404|501)\b/.exec(output);
const outcome =
  run.status === 0
    ? { passed: 1, failed: 0, skipped: 0, line: "pnpm audit: no high or critical advisories" }
    : unavailable
      ? {
          passed: 0,
          failed: 0,
          skipped: 1,
          line: `pnpm audit: skipped, the registry does not serve the audit API (HTTP ${unavailable[1]}); see ARCHITECTURE.md`,
        }
      : { passed: 0, failed: 1, skipped: 0, line: `pnpm audit failed:\n${output || run.error?.message}` };

mkdirSync("test-results", { recursive: true });
writeFileSync("test-results/audit.json", JSON.stringify(outcome));
console.log(outcome.line);
process.exit(outcome.failed ? 1 : 0);
