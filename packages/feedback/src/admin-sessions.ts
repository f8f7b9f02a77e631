import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Store } from "@portico/store";

/** Name of the http-only admin session cookie. */
export const SESSION_COOKIE = "portico_admin";
/** The absolute limit: a sign-in lasts at most 8 hours, however busy. */
export const SESSION_TTL_MS = 8 * 60 * 60 * 1000;
/** The idle limit: a session unused for 30 minutes is over. */
export const SESSION_IDLE_MS = 30 * 60 * 1000;
/** A session's last use is written at most once a minute, not on every admin request. */
const TOUCH_EVERY_MS = 60 * 1000;

const sha256 = (value: string) => createHash("sha256").update(value).digest();

/** Compares a submitted token with the configured one in constant time (both hashed first). */
export function tokenMatches(submitted: string, configured: string): boolean {
  return timingSafeEqual(sha256(submitted), sha256(configured));
}

/**
 * The stored id of a session: an HMAC of the cookie's value keyed by the admin token. The store
 * never holds the value, and a new `PORTICO_ADMIN_TOKEN` turns every earlier cookie into an id
 * that matches no row: changing the token ends every session at once.
 */
const sessionId = (value: string, adminToken: string) => createHmac("sha256", adminToken).update(value).digest("hex");

/** Creates a session; the cookie carries the random value, the store only its keyed hash. */
export async function createSession(store: Store, adminToken: string, now: Date) {
  const value = randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  await store.db.deleteFrom("adminSessions").where("expiresAt", "<=", now.toISOString()).execute();
  await store.db
    .insertInto("adminSessions")
    .values({
      id: sessionId(value, adminToken),
      createdAt: now.toISOString(),
      expiresAt: expiresAt.toISOString(),
      lastSeenAt: now.toISOString(),
    })
    .execute();
  return { value, expiresAt };
}

/**
 * True when the cookie value names a session opened with the current admin token, before its
 * absolute expiry and used within the idle limit; a valid use moves the idle limit on.
 */
export async function isValidSession(
  store: Store,
  adminToken: string,
  value: string | undefined,
  now: Date,
): Promise<boolean> {
  if (!value) return false;
  const id = sessionId(value, adminToken);
  const row = await store.db
    .selectFrom("adminSessions")
    .select(["createdAt", "expiresAt", "lastSeenAt"])
    .where("id", "=", id)
    .executeTakeFirst();
  if (row === undefined || row.expiresAt <= now.toISOString()) return false;
  const lastSeen = new Date(row.lastSeenAt ?? row.createdAt).getTime();
  if (now.getTime() - lastSeen >= SESSION_IDLE_MS) return false;
  if (now.getTime() - lastSeen >= TOUCH_EVERY_MS) {
    await store.db.updateTable("adminSessions").set({ lastSeenAt: now.toISOString() }).where("id", "=", id).execute();
  }
  return true;
}

export async function endSession(store: Store, adminToken: string, value: string | undefined) {
  if (value) await store.db.deleteFrom("adminSessions").where("id", "=", sessionId(value, adminToken)).execute();
}
