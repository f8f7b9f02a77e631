import { randomBytes } from "node:crypto";
import { Kysely, SqliteDialect } from "kysely";
import pg from "pg";
import { createStore, type Database, type Store } from "./create-store.ts";

/** The machine's PostgreSQL as CI provides it (trust auth, database `test`). */
export const TEST_DATABASE_URL = process.env.PORTICO_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/** Why PostgreSQL tests cannot run here, or undefined when they can. CI never skips them. */
export async function postgresUnavailable(): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query("select 1");
    return undefined;
  } catch (error) {
    if (process.env.CI) throw new Error(`CI needs PostgreSQL at ${TEST_DATABASE_URL}: ${String(error)}`);
    return `no PostgreSQL at ${TEST_DATABASE_URL} (${(error as Error).message}); set PORTICO_TEST_DATABASE_URL`;
  } finally {
    await client.end().catch(() => {});
  }
}

export type Engine = "sqlite" | "postgres";

/**
 * A fresh, empty store on one engine: SQLite in memory, or PostgreSQL in a schema of its own
 * that `close()` drops, so test files never see each other's rows.
 */
export async function createTestStore(engine: Engine): Promise<Store> {
  if (engine === "sqlite") return createStore({ sqlitePath: ":memory:" });
  const schema = `portico_test_${randomBytes(6).toString("hex")}`;
  const store = await createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema });
  // Replaced in place: a copy would read `db` once and lose the transaction it follows.
  const closeStore = store.close;
  store.close = async () => {
    await closeStore();
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    await client.query(`drop schema if exists ${schema} cascade`);
    await client.end();
  };
  return store;
}

/**
 * A query layer whose every connection attempt throws `error`: put in a test store's `db` to play a
 * database that is down (a `StoreUnavailableError`) or a bug (any other error).
 */
export const failingDb = (error: Error) =>
  new Kysely<Database>({
    dialect: new SqliteDialect({
      database: async () => {
        throw error;
      },
    }),
  });
