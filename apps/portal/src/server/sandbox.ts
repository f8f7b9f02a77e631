import "server-only";
import { createSandboxApp } from "@portico/sandbox";
import { createStore, type Store } from "@portico/store";
import { env } from "@/env";

let app: Promise<ReturnType<typeof createSandboxApp>> | undefined;

/**
 * The sandbox app on the portal's store, opened at the first request (never during the build)
 * and shared by every request of this server process.
 */
export function getSandboxApp() {
  app ??= createStore({ databaseUrl: env.DATABASE_URL, sqlitePath: env.PORTICO_SQLITE_PATH }).then((store: Store) =>
    createSandboxApp({
      store,
      basePath: "/sandbox",
      rateLimit: { points: env.PORTICO_SANDBOX_RATE_LIMIT, duration: 1 },
    }),
  );
  return app;
}

/** Hands a request to the sandbox, which answers every outcome, errors included, itself. */
export async function handleSandboxRequest(request: Request): Promise<Response> {
  return (await getSandboxApp()).fetch(request);
}
