import "server-only";
import { createStore } from "@portico/store";
import { env } from "@/env";
import { sharedOnce } from "./shared-once";

/**
 * The portal's one store, opened at the first request that needs it (never during the build). A
 * failed open is retried by the next request, so the portal recovers when the database returns.
 */
export const getStore = sharedOnce(() =>
  createStore({
    databaseUrl: env.DATABASE_URL,
    sqlitePath: env.PORTICO_SQLITE_PATH,
    pgSchema: env.PORTICO_PG_SCHEMA,
  }),
);
