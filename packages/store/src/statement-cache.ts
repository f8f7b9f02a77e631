import type SQLite from "better-sqlite3";
import type { SqliteDatabase } from "kysely";

/** Prepared statements kept per SQLite file: more than the distinct SQL texts the app sends. */
export const STATEMENT_CACHE_SIZE = 500;

/**
 * `database` with its prepared statements kept by SQL text, the least recently used dropped past
 * `size`. Kysely's SQLite driver prepares every query anew, and preparing (parsing and planning)
 * cost about as much as running the sandbox's indexed lookups. A statement is safe to reuse here:
 * the one connection runs one query at a time, and SQLite re-prepares it by itself when a
 * migration changes the schema under it.
 */
export function withStatementCache(database: SQLite.Database, size = STATEMENT_CACHE_SIZE): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => database.close(),
    prepare(text: string) {
      let statement = statements.get(text);
      if (statement) statements.delete(text);
      else {
        statement = database.prepare(text);
        if (statements.size >= size) statements.delete(statements.keys().next().value as string);
      }
      // Re-inserted, so the map's first key is always the least recently used.
      statements.set(text, statement);
      return statement;
    },
  };
}
