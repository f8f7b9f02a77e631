import { randomBytes } from "node:crypto";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore, type Store } from "./create-store.ts";
import { startTcpProxy, type TcpProxy } from "./tcp-proxy.ts";
import { postgresUnavailable, TEST_DATABASE_URL } from "./testing.ts";
import { isStoreUnavailable, StoreUnavailableError } from "./unavailable.ts";

const pgSkip = await postgresUnavailable();
const target = new URL(TEST_DATABASE_URL);

/** `TEST_DATABASE_URL` with its host and port replaced by the proxy's. */
const throughProxy = (proxy: TcpProxy) => {
  const url = new URL(TEST_DATABASE_URL);
  url.hostname = "127.0.0.1";
  url.port = String(proxy.port);
  return url.toString();
};

const freshSchema = () => `portico_recovery_${randomBytes(6).toString("hex")}`;

async function dropSchema(schema: string) {
  const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  await client.query(`drop schema if exists ${schema} cascade`);
  await client.end();
}

/** The rejection `promise` settles with, and how long it took. */
async function rejectionOf(promise: Promise<unknown>) {
  const started = Date.now();
  try {
    await promise;
  } catch (error) {
    return { error, ms: Date.now() - started };
  }
  throw new Error("expected a rejection, got a result");
}

describe("SQLite that cannot be used", () => {
  it("fails to open with an error naming the path", async () => {
    const dir = mkdtempSync(join(tmpdir(), "portico-store-"));
    writeFileSync(join(dir, "not-a-folder"), "");
    const path = join(dir, "not-a-folder", "portico.db");
    const { error } = await rejectionOf(createStore({ sqlitePath: path }));
    expect(error).toBeInstanceOf(StoreUnavailableError);
    expect((error as Error).message).toContain(`SQLite database at ${path} cannot be opened`);
    expect(isStoreUnavailable(error)).toBe(true);
  });
});

describe.skipIf(pgSkip !== undefined)("PostgreSQL through a proxy the test controls", () => {
  let proxy: TcpProxy;
  const schemas: string[] = [];
  beforeAll(async () => {
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
  });
  afterAll(async () => {
    await proxy.close();
    for (const schema of schemas) await dropSchema(schema);
  });

  it("refuses to open while the database is down, as an unavailable store, and opens once it is back", async () => {
    const schema = freshSchema();
    schemas.push(schema);
    proxy.setMode("refuse");
    const { error } = await rejectionOf(createStore({ databaseUrl: throughProxy(proxy), pgSchema: schema }));
    expect(isStoreUnavailable(error)).toBe(true);

    proxy.setMode("forward");
    const store = await createStore({ databaseUrl: throughProxy(proxy), pgSchema: schema });
    await expect(store.ping()).resolves.toBeUndefined();
    await store.close();
  });

  it("fails a query within its timeouts when the database hangs, then recovers by itself", async () => {
    const schema = freshSchema();
    schemas.push(schema);
    proxy.setMode("forward");
    const timeouts = { connect: 1000, statement: 1500, query: 2000 };
    const store: Store = await createStore({
      databaseUrl: throughProxy(proxy),
      pgSchema: schema,
      pgTimeouts: timeouts,
    });
    try {
      await store.ping();

      // Existing connections die and new ones are accepted but never answered.
      proxy.setMode("silent");
      proxy.cut();
      const hung = await rejectionOf(store.ping());
      expect(isStoreUnavailable(hung.error)).toBe(true);
      // Bounded by the connect or query timeout, not hanging: generous for a busy machine.
      expect(hung.ms).toBeLessThan(timeouts.query + 5000);

      proxy.setMode("refuse");
      const refused = await rejectionOf(store.ping());
      expect(isStoreUnavailable(refused.error)).toBe(true);

      // The same store, never reopened, answers again once the database does.
      proxy.setMode("forward");
      await expect(store.ping()).resolves.toBeUndefined();
      const rows = await store.db.selectFrom("sandboxes").select("id").execute();
      expect(rows).toEqual([]);
    } finally {
      proxy.setMode("forward");
      await store.close();
    }
  });

  it("lets eight instances open one new schema at once, each migration applied exactly once", async () => {
    const schema = freshSchema();
    schemas.push(schema);
    const stores = await Promise.all(
      Array.from({ length: 8 }, () => createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema: schema })),
    );
    try {
      const applied = await stores[0]?.db
        .withTables<{ kysely_migration: { name: string } }>()
        .withSchema(schema)
        .selectFrom("kysely_migration")
        .select("name")
        .execute();
      const names = applied?.map((row) => row.name) ?? [];
      expect(names.length).toBeGreaterThan(0);
      expect(new Set(names).size).toBe(names.length);
      for (const store of stores) await expect(store.ping()).resolves.toBeUndefined();
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });
});
