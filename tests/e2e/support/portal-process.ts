import { type ChildProcess, spawn } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { freePort } from "../../../scripts/free-port.mjs";

/** The portal's last production build, served by its own `server.mjs`. */
const portalDir = resolve(import.meta.dirname, "../../../apps/portal");

export interface PortalProcess {
  base: string;
  child: ChildProcess;
  /** Everything the process has written to stdout and stderr so far. */
  output: () => string;
}

/**
 * Stores of portals given none: each its own SQLite file, so portals of tests running at once
 * never share (and never migrate together) the default database under apps/portal.
 */
const stores = mkdtempSync(join(tmpdir(), "portico-e2e-portals-"));
process.on("exit", () => rmSync(stores, { recursive: true, force: true }));

/** Spawns a portal with `env` on `port`; it may not be listening yet, or may exit at once. */
export function spawnPortal(env: Record<string, string>, port: number) {
  const store = env.PORTICO_SQLITE_PATH || env.DATABASE_URL ? {} : { PORTICO_SQLITE_PATH: join(stores, `${port}.db`) };
  const child = spawn(process.execPath, ["server.mjs"], {
    cwd: portalDir,
    env: { ...process.env, ...store, ...env, HOST: "127.0.0.1", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout?.on("data", (chunk) => (output += chunk));
  child.stderr?.on("data", (chunk) => (output += chunk));
  return { child, output: () => output };
}

/** A portal with `env`, once it answers `/healthz`; fails with its output if it never does. */
export async function startPortal(env: Record<string, string>): Promise<PortalProcess> {
  const port = await freePort();
  const { child, output } = spawnPortal(env, port);
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) return { base, child, output };
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGKILL");
  throw new Error(`portal did not start:\n${output()}`);
}

/** Ends a portal this test started, at once. */
export function stopPortal(child: ChildProcess) {
  return new Promise<void>((done) => {
    if (child.exitCode !== null) return done();
    child.once("exit", () => done());
    child.kill("SIGKILL");
  });
}
