import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./chromium.mjs";

const port = Number(process.env.E2E_PORT ?? 3210);
/** The admin token the test server starts with; the feedback and security specs sign in with it. */
export const ADMIN_TOKEN = "e2e-admin-token-not-a-secret";
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "./specs",
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/results.json" }]],
  // Adds up the responses the fixtures held to the served OpenAPI documents.
  globalTeardown: "./support/response-summary.ts",
  use: {
    baseURL,
    trace: "retain-on-failure",
    launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS },
  },
  projects: [
    {
      name: "desktop",
      use: { ...devices["Desktop Chrome"], channel: undefined, viewport: { width: 1400, height: 900 } },
      grepInvert: /@phone-only/,
    },
    {
      name: "phone",
      use: { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
      // @phone runs a test on both projects, @phone-only on the phone alone.
      grep: /@phone/,
    },
  ],
  // The production build made by `pnpm build`; the test command builds before it runs these.
  webServer: {
    // npm only runs the portal's own start script, so this works with or without pnpm on PATH.
    command: "npm run --silent start",
    cwd: "../../apps/portal",
    // A store of its own per run, so the tests never see a developer's sandboxes.
    env: {
      PORT: String(port),
      HOST: "127.0.0.1",
      PORTICO_SQLITE_PATH: join(tmpdir(), `portico-e2e-${process.pid}.db`),
      PORTICO_ADMIN_TOKEN: ADMIN_TOKEN,
      // Every test submits from 127.0.0.1; the per-client limit itself is tested in-process.
      PORTICO_FEEDBACK_RATE_LIMIT: "1000",
    },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
});
