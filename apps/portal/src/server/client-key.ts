import "server-only";
import { randomBytes } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { env } from "@/env";

/**
 * The key of the client-address HMAC: `PORTICO_CLIENT_HASH_KEY`, or else one created once in
 * `client-hash.key` beside the SQLite file (readable by its owner only). Never in the database,
 * so a copy of the database cannot be hashed back into addresses; kept across restarts, so
 * per-client limits and feedback's Idempotency-Key scope survive them.
 */
export function clientKey(): string {
  if (env.PORTICO_CLIENT_HASH_KEY) return env.PORTICO_CLIENT_HASH_KEY;
  const file = join(dirname(env.PORTICO_SQLITE_PATH), "client-hash.key");
  mkdirSync(dirname(file), { recursive: true });
  try {
    // `wx` fails when the file exists, so of two processes starting at once one writes it.
    writeFileSync(file, randomBytes(32).toString("base64url"), { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  return readFileSync(file, "utf8").trim();
}
