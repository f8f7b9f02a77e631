import SQLite from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { withStatementCache } from "./statement-cache.ts";

describe("withStatementCache", () => {
  let database: SQLite.Database;
  let prepared: string[];
  beforeEach(() => {
    database = new SQLite(":memory:");
    database.exec("create table t (x integer)");
    database.exec("insert into t values (1), (2)");
    prepared = [];
    const prepare = database.prepare.bind(database);
    database.prepare = ((text: string) => {
      prepared.push(text);
      return prepare(text);
    }) as typeof database.prepare;
  });
  afterEach(() => database.close());

  it("prepares a SQL text once and runs the kept statement with each call's parameters", () => {
    const cached = withStatementCache(database);
    const text = "select x from t where x = ?";
    expect(cached.prepare(text).all([1])).toEqual([{ x: 1 }]);
    expect(cached.prepare(text).all([2])).toEqual([{ x: 2 }]);
    expect(prepared).toEqual([text]);
  });

  it("keeps at most `size` statements, forgetting the least recently used", () => {
    const cached = withStatementCache(database, 2);
    const [a, b, c] = ["select 1 as n", "select 2 as n", "select 3 as n"];
    for (const text of [a, b, a, c, a, b]) cached.prepare(text);
    // b was the least recently used when c came, so only b is prepared again.
    expect(prepared).toEqual([a, b, c, b]);
  });

  it("answers with the schema as it is now when a migration changed it after the statement was kept", () => {
    const cached = withStatementCache(database);
    expect(cached.prepare("select * from t order by x").all([])).toEqual([{ x: 1 }, { x: 2 }]);
    database.exec("alter table t add column y text default 'new'");
    expect(cached.prepare("select * from t order by x").all([])).toEqual([
      { x: 1, y: "new" },
      { x: 2, y: "new" },
    ]);
  });
});
