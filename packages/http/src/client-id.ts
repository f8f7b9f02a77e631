import { createHmac, randomBytes } from "node:crypto";
import type { Context } from "hono";

/**
 * A key for {@link clientIdentity} that lives only in this process: enough for tests and for a
 * single process whose per-client limits need not outlive it.
 */
export const processClientKey = (): string => randomBytes(32).toString("base64url");

/**
 * An HMAC of the client's address under `key`, for per-client limits and the feedback scope:
 * useless to identify anyone, and, since the key is never written to the database (it comes from
 * the environment or a key file beside it), a copy of the database alone cannot be turned back
 * into addresses by hashing every candidate. The address is the first `X-Forwarded-For` entry,
 * which a client can set itself unless a proxy in front overwrites it; the global limits beside
 * the per-client ones bound what that buys.
 */
export function clientIdentity(key: string) {
  return (c: Context): string => clientHashOf(key, c.req.header("x-forwarded-for"));
}

/** {@link clientIdentity} of a request's `X-Forwarded-For`, for code outside a Hono app. */
export function clientHashOf(key: string, forwardedFor: string | null | undefined): string {
  const address = forwardedFor?.split(",")[0]?.trim() || "local";
  return createHmac("sha256", key).update(address).digest("hex");
}
