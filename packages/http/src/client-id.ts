import { createHash, randomBytes } from "node:crypto";
import type { Store } from "@portico/store";
import { settingOnce } from "@portico/store/settings";
import type { Context } from "hono";

/**
 * A salted hash of the client's address, for per-client limits: useless to identify anyone, and
 * the salt (created once in `settings`) keeps it from being reversed by trying every address.
 * The address is the first `X-Forwarded-For` entry, which a client can set itself unless a proxy
 * in front overwrites it; the global limits beside the per-client ones bound what that buys.
 */
export function clientIdentity(store: Store) {
  let salt: Promise<string> | undefined;
  return async (c: Context): Promise<string> => {
    salt ??= settingOnce(store, "clientSalt", () => randomBytes(32).toString("hex"));
    const address = c.req.header("x-forwarded-for")?.split(",")[0]?.trim() || "local";
    return createHash("sha256")
      .update(`${await salt}:${address}`)
      .digest("hex");
  };
}
