import "server-only";
import { createSandboxApp } from "@portico/sandbox";
import { env } from "@/env";
import { getStore } from "./store";

let app: Promise<ReturnType<typeof createSandboxApp>> | undefined;

/** Hands a request to the sandbox, which answers every outcome, errors included, itself. */
export async function handleSandboxRequest(request: Request): Promise<Response> {
  app ??= getStore().then((store) =>
    createSandboxApp({
      store,
      basePath: "/sandbox",
      rateLimit: { points: env.PORTICO_SANDBOX_RATE_LIMIT, duration: 1 },
    }),
  );
  return (await app).fetch(request);
}
