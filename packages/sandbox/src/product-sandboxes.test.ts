import { PRODUCTS } from "@portico/schemas/products";
import type { Kysely } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxApp } from "./create-sandbox-app.ts";
import { PRODUCT_SANDBOXES } from "./product-sandboxes.ts";
import { checkedFetch, createTestSandbox, type TestSandbox } from "./testing.ts";

describe("every registered product's sandbox", () => {
  let sandbox: TestSandbox;
  beforeAll(async () => {
    sandbox = await createTestSandbox();
  });
  afterAll(() => sandbox.close());

  it.each(PRODUCTS.map((product) => [product.id, product] as const))(
    "%s: POST /keys answers its sandboxKey schema, and the credential opens only its own API",
    async (id, product) => {
      const data = await sandbox.sandboxKey(id);
      expect(product.sandboxKey.schema.strict().safeParse(data).error?.issues ?? []).toEqual([]);
      const key = await sandbox.apiKey(id);
      const list = product.operations.find((op) => op.method === "get" && !op.path.includes("{"));
      expect(list, `${id} has a list operation to try the key on`).toBeDefined();
      const own = await sandbox.call("GET", `/${id}${list?.path}`, { key });
      expect(own.status).toBe(200);
      for (const other of PRODUCTS.filter((p) => p.id !== id)) {
        const otherList = other.operations.find((op) => op.method === "get" && !op.path.includes("{"));
        expect((await sandbox.call("GET", `/${other.id}${otherList?.path}`, { key })).status).toBe(401);
      }
    },
  );
});

describe("a product's own migrations", () => {
  const migrations = {
    "0001_notes": {
      async up(db: Kysely<unknown>) {
        await db.schema
          .createTable("sandboxNotes")
          .addColumn("id", "text", (c) => c.primaryKey())
          .execute();
      },
    },
  };
  const withNotes = { ...PRODUCT_SANDBOXES, pqc: { ...PRODUCT_SANDBOXES.pqc, migrations } };

  it("are applied once, before the first request, and survive a second app on the same store", async () => {
    const sandbox = await createTestSandbox("sqlite", { sandboxes: withNotes });
    try {
      const notes = sandbox.store.db.withTables<{ sandboxNotes: { id: string } }>();
      await expect(notes.selectFrom("sandboxNotes").selectAll().execute()).rejects.toThrow();
      const unknownRoute = { undocumented: "any request runs the migrations; an unknown route touches no table" };
      expect((await sandbox.call("GET", "/no-such-route", unknownRoute)).status).toBe(404);
      await notes.insertInto("sandboxNotes").values({ id: "n1" }).execute();
      const again = createSandboxApp({ store: sandbox.store, sandboxes: withNotes });
      expect((await checkedFetch(again, "/sandbox/no-such-route", {}, unknownRoute)).status).toBe(404);
      expect(await notes.selectFrom("sandboxNotes").selectAll().execute()).toEqual([{ id: "n1" }]);
      const recorded = sandbox.store.db.withTables<{ kysely_migration__pqc: { name: string } }>();
      expect(await recorded.selectFrom("kysely_migration__pqc").select("name").execute()).toEqual([
        { name: "0001_notes" },
      ]);
    } finally {
      await sandbox.close();
    }
  });
});
