// Writes the README's screenshots to docs/: the home page, a conventions page, the playground and a
// reference, at phone (390 px) and desktop (1366 px) width, from the production build (run
// `npx -y pnpm@10.34.9 build` first) served on a free loopback port. Light theme, top of the page.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { freePort } from "../../scripts/free-port.mjs";
import { chromiumPath } from "./chromium.mjs";

const PAGES = [
  { name: "home", path: "/" },
  { name: "conventions", path: "/throttle/conventions" },
  { name: "playground", path: "/playground" },
  { name: "reference", path: "/throttle/reference" },
];
const SIZES = [
  { sizeName: "phone", viewport: { width: 390, height: 844 } },
  { sizeName: "desktop", viewport: { width: 1366, height: 900 } },
];

const port = await freePort();
const server = spawn(process.execPath, ["server.mjs"], {
  cwd: fileURLToPath(new URL("../../apps/portal", import.meta.url)),
  env: {
    ...process.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    PORTICO_SQLITE_PATH: join(mkdtempSync(join(tmpdir(), "portico-shots-")), "portico.db"),
  },
  stdio: "ignore",
});
const base = `http://127.0.0.1:${port}`;
try {
  for (let tries = 0; ; tries++) {
    try {
      if ((await fetch(`${base}/healthz`)).ok) break;
    } catch {
      if (tries > 300) throw new Error("the portal did not start");
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  const browser = await chromium.launch({ executablePath: chromiumPath() });
  for (const { sizeName, viewport } of SIZES) {
    const context = await browser.newContext({ viewport, colorScheme: "light", deviceScaleFactor: 1 });
    const page = await context.newPage();
    for (const { name, path } of PAGES) {
      await page.goto(base + path, { waitUntil: "networkidle" });
      const file = fileURLToPath(new URL(`../../docs/screenshot-${name}-${sizeName}.png`, import.meta.url));
      await page.screenshot({ path: file });
      console.log(`docs/screenshot-${name}-${sizeName}.png`);
    }
    await context.close();
  }
  await browser.close();
} finally {
  server.kill("SIGKILL");
}
