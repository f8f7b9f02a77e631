import { ApiError } from "@portico/http/errors";
import { sha256 } from "@portico/http/hash";
import { UNAUTHORIZED_MESSAGES } from "@portico/schemas/common";
import type { Store } from "@portico/store";
import { createMiddleware } from "hono/factory";
import type { Caller, SandboxEnv } from "../sandbox-env.ts";

/**
 * How long a key read from the store is trusted without reading it again, in milliseconds: the
 * bound on how late this process sees a key's row changed or deleted by anything but its expiry
 * (by hand, or by another instance). Expiry itself is checked on every request.
 */
export const API_KEY_CACHE_MS = 5_000;
/** Keys one process remembers per product; past it the oldest is forgotten. */
export const API_KEY_CACHE_SIZE = 10_000;

interface CachedKey {
  caller: Readonly<Caller>;
  /** The sandbox's end, in epoch milliseconds: the key answers 401 from then on. */
  expiresAt: number;
  /** When the row was read, on the app's clock. */
  readAt: number;
}

const unknownKey = () =>
  new ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGES.unknown, undefined, {
    "WWW-Authenticate": 'Bearer realm="sandbox", error="invalid_token"',
  });

/**
 * Resolves `Authorization: Bearer <key>` to its sandbox of product `productId`. Runs inside every
 * product router, so no handler is reachable without it. Keys are looked up by their hash, and a
 * key found is kept for {@link API_KEY_CACHE_MS} with its sandbox's expiry, which every request
 * checks against the clock: a key's life ends only when its sandbox expires (the purge deletes
 * only expired sandboxes, and nothing changes a key or an expiry), so a kept key is refused the
 * moment its sandbox expires, on every instance, without a query (ARCHITECTURE.md).
 */
export function authenticate(store: Store, productId: string, now: () => Date) {
  const keys = new Map<string, CachedKey>();

  async function lookUp(keyHash: string, at: number): Promise<CachedKey | undefined> {
    const row = await store.db
      .selectFrom("apiKeys")
      .innerJoin("sandboxes", "sandboxes.id", "apiKeys.sandboxId")
      .select(["apiKeys.id", "apiKeys.sandboxId", "apiKeys.kind", "apiKeys.scopes", "sandboxes.expiresAt"])
      .where("apiKeys.keyHash", "=", keyHash)
      .where("apiKeys.product", "=", productId)
      .executeTakeFirst();
    if (!row) return undefined;
    const caller = Object.freeze({
      apiKeyId: row.id,
      sandboxId: row.sandboxId,
      kind: row.kind,
      scopes: Object.freeze(row.scopes.split(" ").filter(Boolean)) as string[],
    });
    return { caller, expiresAt: Date.parse(row.expiresAt), readAt: at };
  }

  return createMiddleware<SandboxEnv>(async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGES.missing, undefined, {
        "WWW-Authenticate": 'Bearer realm="sandbox"',
      });
    }
    const keyHash = sha256(match[1]);
    const at = now().getTime();
    let key = keys.get(keyHash);
    // A clock moved back (a test's) also reads the row again.
    if (key && !(at >= key.readAt && at - key.readAt < API_KEY_CACHE_MS)) key = undefined;
    if (!key) {
      keys.delete(keyHash);
      key = await lookUp(keyHash, at);
      if (key && at < key.expiresAt) {
        if (keys.size >= API_KEY_CACHE_SIZE) keys.delete(keys.keys().next().value as string);
        keys.set(keyHash, key);
      }
    }
    if (!key || at >= key.expiresAt) {
      keys.delete(keyHash);
      throw unknownKey();
    }
    c.set("caller", key.caller);
    await next();
  });
}
