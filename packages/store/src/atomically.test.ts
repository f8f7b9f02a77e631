import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStore, LockTakenError, type Store } from "./create-store.ts";
import { createTestStore, postgresUnavailable, TEST_DATABASE_URL } from "./testing.ts";

const pgSkip = await postgresUnavailable();

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`store.atomically on ${engine}`, () => {
    let store: Store;
    beforeAll(async () => {
      store = await createTestStore(engine);
    });
    afterAll(() => store.close());

    const put = (key: string) => store.db.insertInto("settings").values({ key, value: "v" }).execute();
    const has = async (key: string) =>
      (await store.db.selectFrom("settings").select("key").where("key", "=", key).executeTakeFirst()) !== undefined;

    it("commits what the work wrote when it resolves, and nothing when it throws", async () => {
      await store.atomically(async () => put("kept"));
      await expect(
        store.atomically(async () => {
          await put("undone");
          throw new Error("the work failed after writing");
        }),
      ).rejects.toThrow("the work failed after writing");
      expect([await has("kept"), await has("undone")]).toEqual([true, false]);
    });

    it("makes store.db the transaction inside, so a nested call and a plain query join it", async () => {
      await expect(
        store.atomically(async (trx) => {
          expect(store.db).toBe(trx);
          await store.atomically(async (inner) => {
            expect(inner).toBe(trx);
            await put("nested");
          });
          await put("plain");
          expect(await has("nested")).toBe(true);
          throw new Error("roll back the outer transaction");
        }),
      ).rejects.toThrow("roll back the outer transaction");
      expect([await has("nested"), await has("plain")]).toEqual([false, false]);
    });

    it("lets a query layer kept from before the transaction join it, and refuses a transaction inside it", async () => {
      // What a product module does when it types its own tables once, at router creation.
      const kept = store.db.withTables<{ extra: { id: string } }>();
      await expect(
        store.atomically(async () => {
          await kept.insertInto("settings").values({ key: "kept-joins", value: "v" }).execute();
          expect(await has("kept-joins")).toBe(true);
          throw new Error("roll back what the kept layer wrote");
        }),
      ).rejects.toThrow("roll back what the kept layer wrote");
      expect(await has("kept-joins")).toBe(false);
      await expect(
        store.atomically(() =>
          kept.transaction().execute(async (inner) => inner.selectFrom("settings").selectAll().execute()),
        ),
      ).rejects.toThrow(/a transaction inside another/);
    });

    it("refuses an exclusive name another transaction holds, at once, and frees it at the end", async () => {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered = false;
      const holder = store.atomically(
        async () => {
          entered = true;
          await gate;
          await put("held");
        },
        { exclusive: "the-lock" },
      );
      while (!entered) await new Promise((resolve) => setTimeout(resolve, 2));
      await expect(store.atomically(async () => put("refused"), { exclusive: "the-lock" })).rejects.toBeInstanceOf(
        LockTakenError,
      );
      release();
      await holder;
      await store.atomically(async () => put("after"), { exclusive: "the-lock" });
      expect([await has("held"), await has("refused"), await has("after")]).toEqual([true, false, true]);
    });

    it("holds a name outside a transaction until released, the same name an exclusive transaction takes", async () => {
      const release = await store.hold("held-outside");
      await expect(store.hold("held-outside")).rejects.toBeInstanceOf(LockTakenError);
      await expect(
        store.atomically(async () => put("while-held"), { exclusive: "held-outside" }),
      ).rejects.toBeInstanceOf(LockTakenError);
      // Holding a name takes no transaction: other work goes on meanwhile.
      await store.atomically(async () => put("beside-the-hold"));
      await release();
      await store.atomically(async () => put("after-release"), { exclusive: "held-outside" });
      expect([await has("while-held"), await has("beside-the-hold"), await has("after-release")]).toEqual([
        false,
        true,
        true,
      ]);
    });
  });
}

describe.skipIf(pgSkip !== undefined)("exclusive names on PostgreSQL", () => {
  it("are held for every connection to the schema, not just this store's", async () => {
    // Two stores on one schema stand for two instances: a pool each, the same data.
    const pgSchema = `portico_test_${randomBytes(6).toString("hex")}`;
    const one = await createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema });
    const other = await createStore({ databaseUrl: TEST_DATABASE_URL, pgSchema });
    // A store on another schema is another database as far as its names go.
    const elsewhere = await createTestStore("postgres");
    try {
      let release = () => {};
      const gate = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered = false;
      const holder = one.atomically(
        async () => {
          entered = true;
          await gate;
        },
        { exclusive: "shared-name" },
      );
      while (!entered) await new Promise((resolve) => setTimeout(resolve, 2));
      // Another store stands for another instance: its own pool, the same database.
      await expect(other.atomically(async () => {}, { exclusive: "shared-name" })).rejects.toBeInstanceOf(
        LockTakenError,
      );
      await expect(other.atomically(async () => "free", { exclusive: "another-name" })).resolves.toBe("free");
      await expect(elsewhere.atomically(async () => "free", { exclusive: "shared-name" })).resolves.toBe("free");
      release();
      await holder;
    } finally {
      await Promise.all([one.close(), other.close(), elsewhere.close()]);
      const client = new pg.Client({ connectionString: TEST_DATABASE_URL });
      await client.connect();
      await client.query(`drop schema if exists ${pgSchema} cascade`);
      await client.end();
    }
  });
});
