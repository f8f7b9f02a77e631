// Standalone sandbox server, for benchmarks: `tsx packages/sandbox/src/serve.ts`.
// Reads PORT (default 4010), DATABASE_URL or PORTICO_SQLITE_PATH, and PORTICO_SANDBOX_RATE_LIMIT.
import { serve } from "@hono/node-server";
import { createStore } from "@portico/store";
import { z } from "zod";
import { createSandboxApp } from "./create-sandbox-app.ts";

const env = z
  .object({
    PORT: z.coerce.number().int().default(4010),
    HOST: z.string().default("127.0.0.1"),
    DATABASE_URL: z.string().optional(),
    PORTICO_SQLITE_PATH: z.string().default("data/sandbox-standalone.db"),
    /** Requests per second per API key; benchmarks raise it to measure the server, not the limiter. */
    PORTICO_SANDBOX_RATE_LIMIT: z.coerce.number().int().positive().default(25),
  })
  .parse(process.env);

// Synced at checkpoints, as the portal keeps its sandboxes' file (ARCHITECTURE.md).
const store = await createStore({
  databaseUrl: env.DATABASE_URL,
  sqlitePath: env.PORTICO_SQLITE_PATH,
  sqliteSynchronous: "normal",
});
const app = createSandboxApp({ store, rateLimit: { points: env.PORTICO_SANDBOX_RATE_LIMIT, duration: 1 } });
const server = serve({ fetch: app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
  console.log(`sandbox listening on http://${info.address}:${info.port}/sandbox`);
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.close(() => store.close().then(() => process.exit(0))));
}
