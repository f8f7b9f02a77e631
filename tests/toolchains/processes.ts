import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { freePort } from "../../scripts/free-port.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
/** Longer than a busy two-core machine needs to start Prism (seconds), shorter than the hook's limit. */
const STARTUP_TIMEOUT_MS = 90_000;

/** A server this test started, and how to end it (by its own pid). */
export interface Started {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
}

/** Starts `args` and resolves once its output matches `ready`; rejects if it exits first. */
function startUntil(command: string, args: string[], env: Record<string, string>, ready: RegExp, url: string) {
  const child: ChildProcess = spawn(command, args, { cwd: here, env: { ...process.env, ...env } });
  let output = "";
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
    });
  return new Promise<Started>((resolve, reject) => {
    // A server that never says it is ready is ended here, not left running after the test.
    const timer = setTimeout(() => {
      stop().then(() => reject(new Error(`${command} ${args.join(" ")} was not ready in time:\n${output}`)));
    }, STARTUP_TIMEOUT_MS);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve({ url, output: () => output, stop });
      }
    };
    child.stdout?.on("data", read);
    child.stderr?.on("data", read);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} ${args.join(" ")} exited (${code}):\n${output}`));
    });
  });
}

/**
 * The standalone sandbox (`@portico/sandbox/serve`) on a free loopback port with its own SQLite file,
 * run with tsx as the bench runs it. Its origin is `url`; it mounts everything under `/sandbox`.
 */
export async function startSandbox(folder: string): Promise<Started> {
  const port = await freePort();
  const serve = createRequire(import.meta.url).resolve("@portico/sandbox/serve");
  return startUntil(
    process.execPath,
    ["--import", "tsx", serve],
    {
      PORT: String(port),
      HOST: "127.0.0.1",
      PORTICO_SQLITE_PATH: join(folder, "sandbox.db"),
      // The traffic here is a few hundred requests in seconds, on few keys; the limiter has its own tests.
      PORTICO_SANDBOX_RATE_LIMIT: "10000",
    },
    /sandbox listening/,
    `http://127.0.0.1:${port}`,
  );
}

/** Stoplight Prism's validating proxy for `document` in front of `upstream`; `--errors` when `strict`. */
export async function startPrismProxy(document: string, upstream: string, strict: boolean): Promise<Started> {
  const port = await freePort();
  return startUntil(
    join(here, "node_modules/.bin/prism"),
    ["proxy", document, upstream, "--port", String(port), "--host", "127.0.0.1", ...(strict ? ["--errors"] : [])],
    {},
    /Prism is listening/,
    `http://127.0.0.1:${port}`,
  );
}
