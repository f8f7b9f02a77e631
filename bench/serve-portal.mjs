// Starts the portal's production build on a free loopback port for a benchmark, and stops it after.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { freePort } from "../scripts/free-port.mjs";

const portalDir = fileURLToPath(new URL("../apps/portal", import.meta.url));

/** Resolves once `url` answers 2xx, or throws after `deadline` (epoch ms). */
export async function waitForHttp(url, deadline) {
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
 * Serves the existing production build (run `pnpm build` first) and resolves to its base URL
 * and a stop function. BENCH_URL points at an already running portal instead.
 */
export async function servePortal(extraEnv = {}) {
  if (process.env.BENCH_URL) return { baseURL: process.env.BENCH_URL, stop: async () => {} };
  if (!existsSync(`${portalDir}/.next/BUILD_ID`)) {
    throw new Error("No production build found: run `npx -y pnpm@10.34.9 build` first.");
  }
  const port = await freePort();
  const child = spawn("npm", ["run", "--silent", "start"], {
    cwd: portalDir,
    env: { ...process.env, ...extraEnv, PORT: String(port), HOST: "127.0.0.1" },
    stdio: "ignore",
    detached: true,
  });
  const baseURL = `http://127.0.0.1:${port}`;
  await waitForHttp(baseURL, Date.now() + 60_000);
  return {
    baseURL,
    stop: async () => {
      // The npm process group holds next as a child; end the whole group we started.
      process.kill(-child.pid, "SIGTERM");
    },
  };
}
