import { existsSync } from "node:fs";

/** Candidate browsers, in order: an explicit CHROMIUM_PATH, then Debian's and other distributions' Chromium. */
const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
];

/** The system Chromium Playwright drives; Playwright's own browser download is not available here. */
export function chromiumPath(): string {
  const found = CANDIDATES.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found) {
    throw new Error("No Chromium found. Install Debian's package (apt-get install -y chromium) or set CHROMIUM_PATH.");
  }
  return found;
}

/** Flags that keep a headless Chromium from reaching for Google's services on a closed network. */
export const CHROMIUM_ARGS = [
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--disable-quic",
  "--no-first-run",
  "--disable-gpu",
];
