import "server-only";
import { createStore, type Store } from "@portico/store";
import { env } from "@/env";

let store: Promise<Store> | undefined;

/** The portal's one store, opened at the first request that needs it (never during the build). */
export function getStore(): Promise<Store> {
  store ??= createStore({
    databaseUrl: env.DATABASE_URL,
    sqlitePath: env.PORTICO_SQLITE_PATH,
    pgSchema: env.PORTICO_PG_SCHEMA,
  });
  return store;
}
