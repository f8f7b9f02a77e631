import { ApiError } from "@portico/http/errors";
import { sha256 } from "@portico/http/hash";
import { UNAUTHORIZED_MESSAGES } from "@portico/schemas/common";
import type { Store } from "@portico/store";
import { createMiddleware } from "hono/factory";
import type { SandboxEnv } from "../sandbox-env.ts";

/**
 * Resolves `Authorization: Bearer <key>` to its sandbox of product `productId`. Runs inside every
 * product router, so no handler is reachable without it. Keys are looked up by their hash.
 */
export function authenticate(store: Store, productId: string, now: () => Date) {
  return createMiddleware<SandboxEnv>(async (c, next) => {
    const header = c.req.header("authorization") ?? "";
    const match = /^Bearer\s+(\S+)$/i.exec(header);
    if (!match?.[1]) {
      throw new ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGES.missing, undefined, {
        "WWW-Authenticate": 'Bearer realm="sandbox"',
      });
    }
    const row = await store.db
      .selectFrom("apiKeys")
      .innerJoin("sandboxes", "sandboxes.id", "apiKeys.sandboxId")
      .select(["apiKeys.id", "apiKeys.sandboxId", "apiKeys.kind", "apiKeys.scopes", "sandboxes.expiresAt"])
      .where("apiKeys.keyHash", "=", sha256(match[1]))
      .where("apiKeys.product", "=", productId)
      .executeTakeFirst();
    if (!row || row.expiresAt <= now().toISOString()) {
      throw new ApiError(401, "unauthorized", UNAUTHORIZED_MESSAGES.unknown, undefined, {
        "WWW-Authenticate": 'Bearer realm="sandbox", error="invalid_token"',
      });
    }
    c.set("caller", {
      apiKeyId: row.id,
      sandboxId: row.sandboxId,
      kind: row.kind,
      scopes: row.scopes.split(" ").filter(Boolean),
    });
    await next();
  });
}
