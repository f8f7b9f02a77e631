import { AsyncLocalStorage } from "node:async_hooks";
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import SQLite from "better-sqlite3";
import {
  type DatabaseConnection,
  type Dialect,
  type Driver,
  Kysely,
  type Migration,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  sql,
  type Transaction,
  type TransactionSettings,
} from "kysely";
import pg from "pg";
import type { Database } from "./database.ts";
import { migrations } from "./migrations.ts";
import { withStatementCache } from "./statement-cache.ts";
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
  /**
   * How SQLite makes a commit durable: `full` (the default) syncs the log at every commit, so an
   * acknowledged write survives a power loss; `normal` syncs only at checkpoints, so a commit
   * survives a crash of the process but the last ones may be lost with the machine's power, for
   * several times the write throughput. Choose per file, by what its data is worth.
   */
  sqliteSynchronous?: "full" | "normal";
  /** Overrides {@link PG_TIMEOUTS}; tests shorten them. */
  pgTimeouts?: Partial<Record<keyof typeof PG_TIMEOUTS, number>>;
}

export interface Store {
  /**
   * The query layer: inside {@link Store.atomically} the transaction it runs (so every query of
   * that request, wherever it is written, joins it), otherwise the connection pool. Tests may set
   * it to another query layer to play an outage.
   */
  db: Kysely<Database>;
  engine: "sqlite" | "postgres";
  /**
   * Runs `work` in one transaction, committed when it resolves and rolled back when it throws; a
   * call inside another joins the outer transaction. With `exclusive`, the transaction first takes
   * that named lock without waiting, and throws {@link LockTakenError} when another transaction
   * holds it: on PostgreSQL a transaction-scoped advisory lock (held across every instance), on
   * SQLite a name held by this process (the only one writing the file) before the transaction
   * waits for the single connection.
   */
  atomically<T>(work: (trx: Kysely<Database>) => Promise<T>, options?: { exclusive?: string }): Promise<T>;
  /**
   * Takes the exclusive name {@link Store.atomically} takes, outside any transaction and without
   * waiting (a {@link LockTakenError} when it is held), until the returned function releases it.
   * On PostgreSQL it holds one pooled connection meanwhile. Tests play a request in flight with it.
   */
  hold(name: string): Promise<() => Promise<void>>;
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

function sqliteDialect(path: string, synchronous: "full" | "normal") {
  const database = openSqlite(path);
  // WAL lets readers run beside the writer. synchronous=FULL makes every acknowledged commit
  // survive a crash or power loss; NORMAL, in WAL mode, only a crash of the process.
  database.pragma("journal_mode = WAL");
  database.pragma(synchronous === "normal" ? "synchronous = NORMAL" : "synchronous = FULL");
  database.pragma("foreign_keys = ON");
  database.pragma("busy_timeout = 5000");
  return new SqliteDialect({ database: withStatementCache(database) });
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

/** Another transaction holds the lock an {@link Store.atomically} call asked for. */
export class LockTakenError extends Error {
  override name = "LockTakenError";
}

/** What {@link Store.atomically} has open in the current async context. */
interface Running {
  /** The connection its transaction holds, once begun. */
  connection?: DatabaseConnection;
  trx?: Transaction<Database>;
}

/**
 * The engine's driver, made to hand a query sent while a transaction runs in the same async
 * context to that transaction's connection: a Kysely kept from before (`withTables()` at router
 * creation, say) then joins the transaction instead of waiting for a connection it holds, which on
 * SQLite's single connection would wait forever. A transaction begun inside another is refused,
 * since on PostgreSQL it would be committed with the inner one.
 */
class JoiningDriver implements Driver {
  constructor(
    private readonly inner: Driver,
    private readonly running: AsyncLocalStorage<Running>,
  ) {}
  init() {
    return this.inner.init();
  }
  acquireConnection() {
    return Promise.resolve(this.running.getStore()?.connection ?? this.inner.acquireConnection());
  }
  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings) {
    const running = this.running.getStore();
    if (running?.connection) throw new Error("a transaction inside another: use store.atomically, which joins it");
    await this.inner.beginTransaction(connection, settings);
    if (running) running.connection = connection;
  }
  async commitTransaction(connection: DatabaseConnection) {
    this.ended(connection);
    await this.inner.commitTransaction(connection);
  }
  async rollbackTransaction(connection: DatabaseConnection) {
    this.ended(connection);
    await this.inner.rollbackTransaction(connection);
  }
  async releaseConnection(connection: DatabaseConnection) {
    // Lent to a query inside the running transaction: the transaction gives it back at its end.
    if (this.running.getStore()?.connection === connection) return;
    await this.inner.releaseConnection(connection);
  }
  destroy() {
    return this.inner.destroy();
  }
  private ended(connection: DatabaseConnection) {
    const running = this.running.getStore();
    if (running?.connection === connection) running.connection = undefined;
  }
}

const joining = (dialect: Dialect, running: AsyncLocalStorage<Running>): Dialect => ({
  createAdapter: () => dialect.createAdapter(),
  createDriver: () => new JoiningDriver(dialect.createDriver(), running),
  createQueryCompiler: () => dialect.createQueryCompiler(),
  createIntrospector: (db) => dialect.createIntrospector(db),
});

/**
 * {@link Store.atomically} over `root`. The running transaction is found through async context, not
 * passed down, so a handler's queries join the transaction its middleware opened without every
 * function in between taking a `trx` argument. On SQLite this also matters for liveness: the one
 * connection belongs to the open transaction, and a query sent past it would wait forever.
 */
function transactions(
  engine: Store["engine"],
  namespace: string,
  running: AsyncLocalStorage<Running>,
  root: () => Kysely<Database>,
) {
  const heldHere = new Set<string>();
  const lockKey = (name: string) => sql`hashtextextended(${`${namespace}\n${name}`}, 0)`;
  const holdHere = (name: string) => {
    if (heldHere.has(name)) throw new LockTakenError(name);
    heldHere.add(name);
  };
  const atomically: Store["atomically"] = async (work, { exclusive } = {}) => {
    const joined = running.getStore()?.trx;
    if (joined && exclusive === undefined) return work(joined);
    if (joined) throw new Error("an exclusive transaction cannot be nested in another");
    const local = engine === "sqlite" && exclusive !== undefined;
    if (local) holdHere(exclusive);
    const opened: Running = {};
    try {
      return await running.run(opened, () =>
        root()
          .transaction()
          .execute(async (trx) => {
            opened.trx = trx;
            if (engine === "postgres" && exclusive !== undefined) {
              const { rows } = await sql<{
                taken: boolean;
              }>`select pg_try_advisory_xact_lock(${lockKey(exclusive)}) as taken`.execute(trx);
              if (!rows[0]?.taken) throw new LockTakenError(exclusive);
            }
            return work(trx);
          }),
      );
    } finally {
      if (local) heldHere.delete(exclusive);
    }
  };
  const hold: Store["hold"] = async (name) => {
    if (engine === "sqlite") {
      holdHere(name);
      return async () => {
        heldHere.delete(name);
      };
    }
    let release = () => {};
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    let took = () => {};
    let refused = (_error: unknown) => {};
    const taken = new Promise<void>((resolve, reject) => {
      took = resolve;
      refused = reject;
    });
    // Session-level: the lock lives as long as this connection holds it, whatever transactions run.
    const held = root()
      .connection()
      .execute(async (connection) => {
        const { rows } = await sql<{ taken: boolean }>`select pg_try_advisory_lock(${lockKey(name)}) as taken`.execute(
          connection,
        );
        if (!rows[0]?.taken) return refused(new LockTakenError(name));
        took();
        await released;
        await sql`select pg_advisory_unlock(${lockKey(name)})`.execute(connection);
      });
    held.catch(refused);
    await taken;
    return async () => {
      release();
      await held;
    };
  };
  return { atomically, hold, current: () => running.getStore()?.trx };
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
      : sqliteDialect(options.sqlitePath ?? "data/portico.db", options.sqliteSynchronous ?? "full");
  const running = new AsyncLocalStorage<Running>();
  const db = new Kysely<Database>({ dialect: joining(dialect, running) });
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
  let root = db;
  // Advisory locks span the whole database; the schema keeps two stores in one database apart.
  const { atomically, hold, current } = transactions(engine, options.pgSchema ?? "public", running, () => root);
  return {
    get db() {
      return current() ?? root;
    },
    set db(replacement) {
      root = replacement;
    },
    engine,
    atomically,
    hold,
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
