import { ApiError } from "@portico/http/errors";
import type { MiddlewareHandler } from "hono";
import { createMiddleware } from "hono/factory";
import type { SandboxEnv } from "../sandbox-env.ts";

/** Per-route checks the router builds and each resource puts in front of its handlers. */
export interface PqcGuards {
  read: MiddlewareHandler<SandboxEnv>;
  reports: MiddlewareHandler<SandboxEnv>;
  /** The `write` scope, then Idempotency-Key: a refused request never claims a key. */
  write: MiddlewareHandler<SandboxEnv>;
}

/** 403 unless the caller's key has `scope`; runs after authentication. */
export const requireScope = (scope: "read" | "write" | "reports") =>
  createMiddleware<SandboxEnv>(async (c, next) => {
    if (!c.get("caller").scopes.includes(scope)) {
      throw new ApiError(403, "forbidden", `This API key lacks the "${scope}" scope`);
    }
    await next();
  });
