import "server-only";
import { createSandboxApp } from "@portico/sandbox";
import { env } from "@/env";
import { answeredWhenOpen } from "./answered-when-open";
import { clientKey } from "./client-key";
import { getLimits } from "./limits";
import { sharedOnce } from "./shared-once";
import { getStore } from "./store";

const sandboxApp = sharedOnce(async () =>
  createSandboxApp({
    store: await getStore(),
    clientKey: clientKey(),
    limits: getLimits(),
    basePath: "/sandbox",
    rateLimit: { points: env.PORTICO_SANDBOX_RATE_LIMIT, duration: 1 },
  }),
);

/** Hands a request to the sandbox, which answers every outcome, errors included, itself. */
export const handleSandboxRequest = answeredWhenOpen(sandboxApp);
