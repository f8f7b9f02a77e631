import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect, sql } from "kysely";
import pg from "pg";
import type { Database } from "./database.ts";
import { migrations } from "./migrations.ts";
import { StoreUnavailableError } from "./unavailable.ts";

export type { Database } from "./database.ts";

/**
 * How long PostgreSQL may take, in milliseconds: to open a connection, to run one statement, and
 * for the client to give up on an answer that never comes (a database that accepts the
 * connection and then hangs). Each fails the request with a retryable error within seconds.
 */
export const PG_TIMEOUTS: Readonly<Record<"connect" | "statement" | "query", number>> = {
  connect: 3000,
  statement: 5000,
  query: 6000,
};

export interface StoreOptions {
  /** `postgres://…` selects PostgreSQL; otherwise SQLite at `sqlitePath`. */
  databaseUrl?: string | undefined;
  /** SQLite file; `:memory:` for a throwaway store. Defaults to `data/portico.db`. */
  sqlitePath?: string;
  /** PostgreSQL schema to use (created if missing); tests isolate themselves with one. */
  pgSchema?: string;
  /** Overrides {@link PG_TIMEOUTS}; tests shorten them. */
  pgTimeouts?: Partial<Record<keyof typeof PG_TIMEOUTS, number>>;
}

export interface Store {
  db: Kysely<Database>;
  engine: "sqlite" | "postgres";
  /**
   * Applies `owner`'s own migrations (a product's tables) in order, each once, recorded in its
   * own `kysely_migration__<owner>` table so they never mix with the store's or another owner's
   * (the double underscore keeps an owner's tables apart from another's lock table).
   * Its tables are typed by the owner with `db.withTables<…>()`.
   */
  migrate(owner: string, migrations: Record<string, Migration>): Promise<void>;
  /** Runs `select 1`: resolves when the database answers, rejects with the reason when not. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** Runs `migrations` to the latest, recording them in the named tables; throws the first failure. */
async function migrateToLatest(
  db: Kysely<Database>,
  migrations: Record<string, Migration>,
  tables: { migrationTableSchema?: string; migrationTableName?: string; migrationLockTableName?: string },
) {
  const { error } = await new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    ...tables,
  }).migrateToLatest();
  if (error) throw error;
}

function openSqlite(path: string) {
  try {
    if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
    const database = new SQLite(path);
    // Writing proves the file is usable now, not at the first request.
    database.pragma("user_version = 0");
    return database;
  } catch (error) {
    throw new StoreUnavailableError(`SQLite database at ${path} cannot be opened: ${(error as Error).message}`);
  }
}

function sqliteDialect(path: string) {
  const database = openSqlite(path);
  // WAL lets readers run beside the writer; synchronous=FULL makes every acknowledged commit
  // survive a crash or power loss, which NORMAL does not promise in WAL mode.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database });
}

function postgresDialect(connectionString: string, schema: string | undefined, timeouts: typeof PG_TIMEOUTS) {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    connectionTimeoutMillis: timeouts.connect,
    statement_timeout: timeouts.statement,
    query_timeout: timeouts.query,
    idleTimeoutMillis: 30_000,
    keepAlive: true,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // A connection the server drops (a restart, a network cut) emits "error" on its client, idle or
  // checked out between queries; with no listener Node would end the process. The query in
  // flight, if any, fails on its own; the pool replaces the connection on the next checkout.
  pool.on("connect", (client) =>
    client.on("error", (error) => console.error(`store: a PostgreSQL connection failed: ${error.message}`)),
  );
  // The pool re-emits an idle client's failure, already logged by the listener above.
  pool.on("error", () => {});
  return new PostgresDialect({ pool });
}

/**
 * Serialises migrations across every process that opens this database: instances starting
 * together would otherwise race to create the same schema and tables. A session-level advisory
 * lock, held on one connection for the whole run; the key is fixed text hashed by PostgreSQL.
 */
async function withMigrationLock<T>(db: Kysely<Database>, run: (db: Kysely<Database>) => Promise<T>): Promise<T> {
  return db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(hashtext('portico:migrations'))`.execute(connection);
    try {
      return await run(connection);
    } finally {
      await sql`select pg_advisory_unlock(hashtext('portico:migrations'))`.execute(connection);
    }
  });
}

/** Opens the store on SQLite or PostgreSQL and applies pending migrations. */
export async function createStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl;
  const engine = url?.startsWith("postgres") ? "postgres" : "sqlite";
  if (engine === "postgres" && options.pgSchema && !/^[a-z_][a-z0-9_]*$/.test(options.pgSchema)) {
    throw new Error(`invalid PostgreSQL schema name: ${options.pgSchema}`);
  }
  const timeouts = { ...PG_TIMEOUTS, ...options.pgTimeouts };
  const dialect =
    engine === "postgres" && url
      ? postgresDialect(url, options.pgSchema, timeouts)
      : sqliteDialect(options.sqlitePath ?? "data/portico.db");
  const db = new Kysely<Database>({ dialect });
  const serialised = <T>(run: (db: Kysely<Database>) => Promise<T>) =>
    engine === "postgres" ? withMigrationLock(db, run) : run(db);
  // Kysely looks for its migration tables by name across every schema; pinning the schema keeps
  // another schema's tables (a test's, another app's) from being mistaken for ours.
  const migrationTableSchema = engine === "postgres" ? (options.pgSchema ?? "public") : undefined;
  const schemaOption = migrationTableSchema ? { migrationTableSchema } : {};
  try {
    await serialised(async (locked) => {
      if (engine === "postgres" && options.pgSchema) {
        await locked.schema.createSchema(options.pgSchema).ifNotExists().execute();
      }
      await migrateToLatest(locked, migrations, schemaOption);
    });
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    engine,
    async migrate(owner, ownMigrations) {
      if (!/^[a-z][a-z0-9_]*$/.test(owner)) throw new Error(`invalid migration owner: ${owner}`);
      await serialised((locked) =>
        migrateToLatest(locked, ownMigrations, {
          ...schemaOption,
          migrationTableName: `kysely_migration__${owner}`,
          migrationLockTableName: `kysely_migration_lock__${owner}`,
        }),
      );
    },
    async ping() {
      await sql`select 1`.execute(db);
    },
    close: () => db.destroy(),
  };
}
