// Starts the portal's production build (or another server, by startServer) on a free loopback port
// for a benchmark, and stops it after.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { freePort } from "../scripts/free-port.mjs";

const portalDir = fileURLToPath(new URL("../apps/portal", import.meta.url));

async function waitForHttp(url, deadline) {
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`nothing answered at ${url} within the time allowed`);
}

/**
 * Runs `command` in its own process group, given a free loopback port by `portEnv(port)` (extra
 * environment) or `portArgs(port)` (extra arguments), and resolves to its base URL and a stop
 * function once it answers.
 */
export async function startServer(command, args, { cwd, env = {}, portEnv = () => ({}), portArgs = () => [] }) {
  const port = await freePort();
  const child = spawn(command, [...args, ...portArgs(port)], {
    cwd,
    env: { ...process.env, ...env, ...portEnv(port) },
    stdio: "ignore",
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHttp(baseURL, Date.now() + 60_000);
  return {
    baseURL,
    stop: async () => {
      // The group holds the server's own children (npm's next); end the whole group we started.
      process.kill(-child.pid, "SIGTERM");
    },
  };
}

/**
 * Serves the existing production build (run `pnpm build` first) and resolves to its base URL
 * and a stop function. BENCH_URL points at an already running portal instead.
 */
export async function servePortal(extraEnv = {}) {
  if (process.env.BENCH_URL) return { baseURL: process.env.BENCH_URL, stop: async () => {} };
  if (!existsSync(`${portalDir}/.next/BUILD_ID`)) {
    throw new Error("No production build found: run `npx -y pnpm@10.34.9 build` first.");
  }
  return startServer("npm", ["run", "--silent", "start"], {
    cwd: portalDir,
    env: extraEnv,
    portEnv: (port) => ({ PORT: String(port), HOST: "127.0.0.1" }),
  });
}
