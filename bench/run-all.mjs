// Runs every benchmark in turn and writes their tables into bench/README.md.
import { execFileSync } from "node:child_process";

for (const script of ["pages.mjs"]) {
  console.log(`\n## ${script}\n`);
  execFileSync(process.execPath, [script, "--update-readme"], { cwd: import.meta.dirname, stdio: "inherit" });
}
