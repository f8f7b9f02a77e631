// Finds, and when it can installs, the system Chromium the browser tests drive. Plain JavaScript so
// that the test command can run it before anything is compiled: `node tests/e2e/chromium.mjs`.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";

/** Where a system Chromium may live, in order; CHROMIUM_PATH wins when it is set. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/** Flags that keep a headless Chromium from reaching for Google's services on a closed network. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--disable-gpu",
];

/** @returns {string | undefined} the first Chromium found on this machine */
export function findChromium() {
  return CANDIDATES.find((path) => Boolean(path && existsSync(path)));
}

/** @returns {string} the Chromium Playwright launches; Playwright cannot download its own browser here */
export function chromiumPath() {
  const found = findChromium();
  if (!found) {
    throw new Error("No Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
  return found;
}

/** Installs Debian's chromium when no browser is found and this user may run apt-get. */
function ensureChromium() {
  const found = findChromium();
  if (found) {
    console.log(`chromium: using ${found}`);
    return;
  }
  const isRoot = process.getuid?.() === 0;
  /** @param {...string} args */
  const apt = (...args) =>
    isRoot
      ? execFileSync("apt-get", args, { stdio: "inherit", env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } })
      : execFileSync("sudo", ["-n", "env", "DEBIAN_FRONTEND=noninteractive", "apt-get", ...args], { stdio: "inherit" });
  try {
    console.log("chromium: not found, installing Debian's chromium package");
    apt("update", "-qq");
    apt("install", "-y", "-qq", "chromium");
  } catch {
    console.error(
      "chromium: could not install it. Run `sudo apt-get install -y chromium`, or point CHROMIUM_PATH at a Chromium or Chrome binary.",
    );
    process.exit(1);
  }
  console.log(`chromium: installed at ${chromiumPath()}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) ensureChromium();
