import "server-only";
import { createSandboxApp } from "@portico/sandbox";
import { env } from "@/env";
import { answeredWhenOpen } from "./answered-when-open";
import { clientKey } from "./client-key";
import { getLimits } from "./limits";
import { sharedOnce } from "./shared-once";
import { getSandboxStore } from "./store";

const sandboxApp = sharedOnce(async () =>
  createSandboxApp({
    store: await getSandboxStore(),
    clientKey: clientKey(),
    limits: getLimits(),
    basePath: "/sandbox",
    rateLimit: { points: env.PORTICO_SANDBOX_RATE_LIMIT, duration: 1 },
  }),
);

/** Hands a request to the sandbox, which answers every outcome, errors included, itself. */
export const handleSandboxRequest = answeredWhenOpen(sandboxApp);

/**
 * Where `server.mjs` finds the sandbox to answer `/sandbox/*` itself, without Next.js's routing
 * and request conversion in between (see ARCHITECTURE.md). A symbol on `globalThis`, because the
 * server file is plain Node and this module exists only inside the Next.js build.
 */
export const SANDBOX_HANDLER = Symbol.for("portico.sandbox-handler");

/** Offers {@link handleSandboxRequest} to `server.mjs`; Next.js's route stays for `next start`. */
export function offerSandboxToServer() {
  (globalThis as Record<symbol, unknown>)[SANDBOX_HANDLER] = handleSandboxRequest;
}
