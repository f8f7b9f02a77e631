import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { test } from "./fixtures.ts";

const PG_URL = process.env.PORTICO_TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

/**
 * Declares the tests "on SQLite" and "on PostgreSQL", each handing `run` the settings of a store of
 * its own: a new SQLite file, or a new PostgreSQL schema dropped afterwards. Outside CI the
 * PostgreSQL test skips, saying why, when no server answers; CI always runs it.
 */
export function onEachEngine(run: (env: Record<string, string>) => Promise<void>) {
  test("on SQLite", async () => {
    const dir = mkdtempSync(join(tmpdir(), "portico-engine-"));
    await run({ PORTICO_SQLITE_PATH: join(dir, "portico.db") });
  });

  test("on PostgreSQL", async () => {
    const client = new pg.Client({ connectionString: PG_URL, connectionTimeoutMillis: 2000 });
    const reachable = await client.connect().then(
      () => true,
      () => false,
    );
    test.skip(!reachable && !process.env.CI, `no PostgreSQL at ${PG_URL}; CI runs this test`);
    const schema = `portico_e2e_${randomBytes(4).toString("hex")}`;
    try {
      await run({ DATABASE_URL: PG_URL, PORTICO_PG_SCHEMA: schema });
    } finally {
      await client.query(`drop schema if exists ${schema} cascade`);
      await client.end();
    }
  });
}
