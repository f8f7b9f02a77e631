import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { ADMIN_SESSION_COOKIE } from "@portico/schemas/feedback-constants";
import type { Store } from "@portico/store";

/** Name of the http-only admin session cookie, as the Portico OpenAPI document declares it. */
export const SESSION_COOKIE = ADMIN_SESSION_COOKIE;
/** How long a sign-in lasts: 8 hours. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;

const sha256 = (value: string) => createHash("sha256").update(value).digest();

/** Compares a submitted token with the configured one in constant time (both hashed first). */
export function tokenMatches(submitted: string, configured: string): boolean {
  return timingSafeEqual(sha256(submitted), sha256(configured));
}

/** Creates a session; the cookie carries the random value, the store only its hash. */
export async function createSession(store: Store, now: Date) {
  const value = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await store.db.deleteFrom("adminSessions").where("expiresAt", "<=", now.toISOString()).execute();
  await store.db
    .insertInto("adminSessions")
    .values({ id: sha256(value).toString("hex"), createdAt: now.toISOString(), expiresAt: expiresAt.toISOString() })
    .execute();
  return { value, expiresAt };
}

/** True when the cookie value names a live session. */
export async function isValidSession(store: Store, value: string | undefined, now: Date): Promise<boolean> {
  if (!value) return false;
  const row = await store.db
    .selectFrom("adminSessions")
    .select("expiresAt")
    .where("id", "=", sha256(value).toString("hex"))
    .executeTakeFirst();
  return row !== undefined && row.expiresAt > now.toISOString();
}

export async function endSession(store: Store, value: string | undefined) {
  if (value) await store.db.deleteFrom("adminSessions").where("id", "=", sha256(value).toString("hex")).execute();
}
