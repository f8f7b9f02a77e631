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

/**
 * The sandboxes' store. On SQLite it is a file of its own, synced at checkpoints rather than at
 * every commit: sandbox data lives 24 hours and may lose its last commits to a power cut (never to
 * a crash of the process), for several times the write throughput (bench/README.md), while
 * feedback, which readers trust the portal with, stays in the main file with every commit synced.
 * On PostgreSQL it is the same store.
 */
export const getSandboxStore = sharedOnce(() =>
  env.DATABASE_URL
    ? getStore()
    : createStore({ sqlitePath: env.PORTICO_SANDBOX_SQLITE_PATH, sqliteSynchronous: "normal" }),
);
