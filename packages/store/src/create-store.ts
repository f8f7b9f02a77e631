import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, type Migration, Migrator, PostgresDialect, SqliteDialect } from "kysely";
import pg from "pg";
import type { Database } from "./database.ts";
import { migrations } from "./migrations.ts";

export type { Database } from "./database.ts";

export interface StoreOptions {
  /** `postgres://…` selects PostgreSQL; otherwise SQLite at `sqlitePath`. */
  databaseUrl?: string | undefined;
  /** SQLite file; `:memory:` for a throwaway store. Defaults to `data/portico.db`. */
  sqlitePath?: string;
  /** PostgreSQL schema to use (created if missing); tests isolate themselves with one. */
  pgSchema?: string;
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

function sqliteDialect(path: string) {
  if (path !== ":memory:") mkdirSync(dirname(path), { recursive: true });
  const database = new SQLite(path);
  // WAL lets readers run beside the writer; synchronous=FULL makes every acknowledged commit
  // survive a crash or power loss, which NORMAL does not promise in WAL mode.
  database.pragma("journal_mode = WAL");
  database.pragma("synchronous = FULL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database });
}

function postgresDialect(connectionString: string, schema?: string) {
  const pool = new pg.Pool({
    connectionString,
    max: 10,
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  return new PostgresDialect({ pool });
}

/** Opens the store on SQLite or PostgreSQL and applies pending migrations. */
export async function createStore(options: StoreOptions = {}): Promise<Store> {
  const url = options.databaseUrl;
  const engine = url?.startsWith("postgres") ? "postgres" : "sqlite";
  if (engine === "postgres" && options.pgSchema && !/^[a-z_][a-z0-9_]*$/.test(options.pgSchema)) {
    throw new Error(`invalid PostgreSQL schema name: ${options.pgSchema}`);
  }
  const dialect =
    engine === "postgres" && url
      ? postgresDialect(url, options.pgSchema)
      : sqliteDialect(options.sqlitePath ?? "data/portico.db");
  const db = new Kysely<Database>({ dialect });
  if (engine === "postgres" && options.pgSchema) {
    await db.schema.createSchema(options.pgSchema).ifNotExists().execute();
  }
  // Kysely looks for its migration tables by name across every schema; pinning the schema keeps
  // another schema's tables (a test's, another app's) from being mistaken for ours.
  const migrationTableSchema = engine === "postgres" ? (options.pgSchema ?? "public") : undefined;
  const schemaOption = migrationTableSchema ? { migrationTableSchema } : {};
  try {
    await migrateToLatest(db, migrations, schemaOption);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    engine,
    async migrate(owner, ownMigrations) {
      if (!/^[a-z][a-z0-9_]*$/.test(owner)) throw new Error(`invalid migration owner: ${owner}`);
      await migrateToLatest(db, ownMigrations, {
        ...schemaOption,
        migrationTableName: `kysely_migration__${owner}`,
        migrationLockTableName: `kysely_migration_lock__${owner}`,
      });
    },
    close: () => db.destroy(),
  };
}
