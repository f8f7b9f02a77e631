// Runs every benchmark in turn, writes their tables into bench/README.md and formats it, so the
// file stays as Biome (and so the test command) expects.
import { execFileSync } from "node:child_process";

for (const script of [
  "pages.mjs",
  "sandbox.mjs",
  "feedback.mjs",
  "search.mjs",
  "build-scaling.mjs",
  "lighthouse.mjs",
]) {
  console.log(`\n## ${script}\n`);
  execFileSync(process.execPath, [script, "--update-readme"], { cwd: import.meta.dirname, stdio: "inherit" });
}
execFileSync("npx", ["biome", "format", "--write", "README.md"], { cwd: import.meta.dirname, stdio: "inherit" });
