import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";

// Helpers of the third-product test: a copy of the repository with a product's files added.

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

/**
 * A temporary copy of the repository's files (tracked and new, as `git ls-files` sees them, so
 * uncommitted work is tested too) with every file under `fixture` added at its relative path.
 */
export function copyRepositoryWith(root: string, fixture: string): string {
  const copy = mkdtempSync(join(tmpdir(), "portico-third-product-"));
  const fixtureInRepo = `${relative(root, fixture)}/`;
  const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter((file) => file && !file.startsWith(fixtureInRepo));
  for (const file of tracked) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(copy, file));
    } catch (error) {
      // Deleted in the working tree but still in the index: not part of the copy.
      if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
    }
  }
  for (const file of filesUnder(fixture).map((path) => relative(fixture, path))) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    cpSync(join(fixture, file), join(copy, file));
  }
  return copy;
}

/**
 * Adds `import { name } from "from";` after the last import, and `entry` at the end of the array or
 * object literal assigned to `list`: the one entry a product adds to a list of products.
 */
export function register(copy: string, file: string, name: string, from: string, list: string, entry = name) {
  const path = join(copy, file);
  const source = readFileSync(path, "utf8");
  const lastImport = [...source.matchAll(/^import .*;$/gm)].at(-1);
  if (!lastImport || lastImport.index === undefined) throw new Error(`${file}: no import to add after`);
  const at = lastImport.index + lastImport[0].length;
  const withImport = `${source.slice(0, at)}\nimport { ${name} } from "${from}";${source.slice(at)}`;
  const pattern = new RegExp(`(${list} = [\\[{])([^\\]}]*)([\\]}])`);
  if (!pattern.test(withImport)) throw new Error(`${file}: no \`${list}\` list found`);
  writeFileSync(
    path,
    withImport.replace(
      pattern,
      (_, open, items: string, close) => `${open}${items.replace(/,?\s*$/, "")}, ${entry}${close}`,
    ),
  );
}

/** Runs a command in the copy, its output shown with the test's. */
export const run = (cwd: string, command: string, args: string[]) =>
  execFileSync(command, args, {
    cwd,
    stdio: "inherit",
    // The copy's portal is not type-checked by a task of its own, so its build must check it.
    env: {
      ...process.env,
      TURBO_TELEMETRY_DISABLED: "1",
      NEXT_TELEMETRY_DISABLED: "1",
      PORTICO_TYPECHECKED_BY_TASK: "",
    },
  });

export async function waitForServer(url: string) {
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within 60 s`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}
