// Builds and serves bench/floors/next-mdx, the bare Next.js + MDX app that the portal's pages are
// measured against, on a free loopback port for one benchmark run.
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startServer } from "./serve-portal.mjs";

const floorDir = fileURLToPath(new URL("./floors/next-mdx", import.meta.url));
const nextBin = fileURLToPath(import.meta.resolve("next/dist/bin/next"));
// The floor reads content/ relative to its working directory, so next runs inside it.
const options = { cwd: floorDir, env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } };

/**
 * Builds the floor (each run, so it always renders the content/ being measured), starts it with
 * `next start` and resolves to its base URL and a stop function.
 */
export async function serveNextMdxFloor() {
  execFileSync(process.execPath, [nextBin, "build"], { ...options, stdio: ["ignore", "ignore", "inherit"] });
  return startServer(process.execPath, [nextBin, "start", "--hostname", "127.0.0.1"], {
    ...options,
    portArgs: (port) => ["--port", String(port)],
  });
}
