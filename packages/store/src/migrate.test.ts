import type { Kysely } from "kysely";
import { describe, expect, it } from "vitest";
import { createTestStore, postgresUnavailable } from "./testing.ts";

const pgSkip = await postgresUnavailable();

/** A product's own table, as a product module would declare and type it. */
const notes = {
  "0001_notes": {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable("exampleNotes")
        .addColumn("id", "text", (c) => c.primaryKey())
        .addColumn("body", "text", (c) => c.notNull())
        .execute();
    },
  },
};
type NotesTables = { exampleNotes: { id: string; body: string } };

for (const engine of ["sqlite", "postgres"] as const) {
  describe.skipIf(engine === "postgres" && pgSkip !== undefined)(`Store.migrate on ${engine}`, () => {
    it("applies an owner's migrations once, recorded apart from the store's own", async () => {
      const store = await createTestStore(engine);
      try {
        await store.migrate("example", notes);
        await store.migrate("example", notes);
        const db = store.db.withTables<NotesTables>();
        await db.insertInto("exampleNotes").values({ id: "n1", body: "hello" }).execute();
        expect(await db.selectFrom("exampleNotes").selectAll().execute()).toEqual([{ id: "n1", body: "hello" }]);
        const recorded = store.db.withTables<{ kysely_migration__example: { name: string } }>();
        expect(await recorded.selectFrom("kysely_migration__example").select("name").execute()).toEqual([
          { name: "0001_notes" },
        ]);
        const own = store.db.withTables<{ kysely_migration: { name: string } }>();
        expect((await own.selectFrom("kysely_migration").select("name").execute()).map((r) => r.name)).not.toContain(
          "0001_notes",
        );
      } finally {
        await store.close();
      }
    });

    it("refuses an owner name that is not a plain identifier", async () => {
      const store = await createTestStore(engine);
      try {
        await expect(store.migrate("x; drop table settings", notes)).rejects.toThrow(/invalid migration owner/);
      } finally {
        await store.close();
      }
    });
  });
}
