import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore, type Store } from "./create-store.ts";
import { createTestStore, type Engine, postgresUnavailable } from "./testing.ts";

const pgSkip = await postgresUnavailable();

for (const engine of ["sqlite", "postgres"] as Engine[]) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`store contract on ${engine}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await createTestStore(engine);
    });
    afterAll(() => store.close());

    const sandbox = (id: string) => ({
      id,
      product: "throttle",
      environment: "sandbox",
      clientHash: "h",
      createdAt: "2026-11-25T00:00:00.000Z",
      expiresAt: "2026-11-26T00:00:00.000Z",
    });

    it("reports its engine and applies the migrations", async () => {
      expect(store.engine).toBe(engine);
      await store.db.insertInto("sandboxes").values(sandbox("s1")).execute();
      const row = await store.db.selectFrom("sandboxes").selectAll().where("id", "=", "s1").executeTakeFirstOrThrow();
      expect(row).toEqual(sandbox("s1"));
    });

    it("keeps camelCase columns, integers and nulls as written", async () => {
      await store.db
        .insertInto("applications")
        .values({ id: "a1", workspaceId: "s1", name: "Web", createdAt: "t" })
        .execute();
      await store.db
        .insertInto("carts")
        .values({ id: "c1", workspaceId: "s1", applicationId: "a1", currency: "USD", createdAt: "t" })
        .execute();
      await store.db
        .insertInto("lineItems")
        .values({
          id: "l1",
          cartId: "c1",
          workspaceId: "s1",
          externalId: null,
          customerId: null,
          unitPrice: 1999,
          quantity: 3,
          createdAt: "t",
        })
        .execute();
      const item = await store.db.selectFrom("lineItems").selectAll().executeTakeFirstOrThrow();
      expect(item).toMatchObject({ unitPrice: 1999, quantity: 3, externalId: null });
    });

    it("refuses a second row with the same key", async () => {
      const row = {
        apiKeyId: "k",
        key: "same",
        fingerprint: "f",
        state: "running" as const,
        status: null,
        headers: null,
        body: null,
        createdAt: "t",
      };
      await store.db.insertInto("idempotencyKeys").values(row).execute();
      const error = await store.db
        .insertInto("idempotencyKeys")
        .values(row)
        .execute()
        .catch((e: unknown) => e);
      // PostgreSQL's unique_violation, or SQLite's primary-key constraint: nothing else.
      expect((error as { code?: string }).code).toMatch(/^(23505|SQLITE_CONSTRAINT_PRIMARYKEY)$/);
      expect(await store.db.selectFrom("idempotencyKeys").selectAll().where("key", "=", "same").execute()).toHaveLength(
        1,
      );
    });

    it("lets exactly one of 20 concurrent inserts of one key win", async () => {
      const attempts = Array.from({ length: 20 }, (_, i) =>
        store.db
          .insertInto("idempotencyKeys")
          .values({
            apiKeyId: "k",
            key: "race",
            fingerprint: `f${i}`,
            state: "running",
            status: null,
            headers: null,
            body: null,
            createdAt: "t",
          })
          .onConflict((oc) => oc.columns(["apiKeyId", "key"]).doNothing())
          .returning("fingerprint")
          .executeTakeFirst(),
      );
      const winners = (await Promise.all(attempts)).filter((row) => row !== undefined);
      expect(winners).toHaveLength(1);
    });

    it("cascades a sandbox's deletion to everything it owns", async () => {
      await store.db.deleteFrom("sandboxes").where("id", "=", "s1").execute();
      expect(await store.db.selectFrom("lineItems").selectAll().execute()).toEqual([]);
      expect(await store.db.selectFrom("applications").selectAll().execute()).toEqual([]);
    });
  });
}

describe("SQLite file store", () => {
  it("keeps committed rows across a reopen and runs in WAL mode", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "portico-store-")), "data", "portico.db");
    const first = await createStore({ sqlitePath: path });
    await first.db.insertInto("settings").values({ key: "k", value: "v" }).execute();
    await first.close();
    const second = await createStore({ sqlitePath: path });
    expect(await second.db.selectFrom("settings").selectAll().execute()).toEqual([{ key: "k", value: "v" }]);
    // journal_mode is stored in the file, so the reopened database reports what the first open set.
    expect((await sql<{ journal_mode: string }>`PRAGMA journal_mode`.execute(second.db)).rows).toEqual([
      { journal_mode: "wal" },
    ]);
    // synchronous is per connection: 2 is FULL, which every open sets.
    expect((await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(second.db)).rows).toEqual([
      { synchronous: 2 },
    ]);
    await second.close();
  });

  it("syncs only at checkpoints when asked for normal durability (1 is NORMAL)", async () => {
    const path = join(mkdtempSync(join(tmpdir(), "portico-store-")), "sandbox.db");
    const store = await createStore({ sqlitePath: path, sqliteSynchronous: "normal" });
    expect((await sql<{ synchronous: number }>`PRAGMA synchronous`.execute(store.db)).rows).toEqual([
      { synchronous: 1 },
    ]);
    await store.close();
  });
});

describe.skipIf(pgSkip !== undefined)("PostgreSQL store beside other schemas", () => {
  it("migrates its own schema even when another schema holds Kysely's migration tables", async () => {
    const { default: pg } = await import("pg");
    const { TEST_DATABASE_URL } = await import("./testing.ts");
    const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
    await client.connect();
    const decoy = `portico_decoy_${Date.now()}`;
    await client.query(
      `create schema ${decoy}; create table ${decoy}.kysely_migration(name text); create table ${decoy}.kysely_migration_lock(id text)`,
    );
    try {
      const store = await createTestStore("postgres");
      expect(await store.db.selectFrom("settings").selectAll().execute()).toEqual([]);
      await store.close();
    } finally {
      await client.query(`drop schema ${decoy} cascade`);
      await client.end();
    }
  });
});
